/**
 * Scenario files: YAML read into a tree that keeps line and column ({@link hnsim.scenario.YamlReader}),
 * checked against the one declaration of the format ({@link hnsim.scenario.ScenarioSchema}) and
 * built into immutable, validated records ({@link hnsim.scenario.Scenario}). Every problem is
 * reported with file, line, column and key path. Past loading nothing re-validates.
 * Depends on {@code hnsim.dist} only.
 */
package hnsim.scenario;
