/**
 * The yearly budget step of one trajectory: placements by type, gross cost, savings, net
 * cost, funding and deficits, as arithmetic on a scenario and the trajectory's realised
 * inputs. No I/O, no threads, no randomness: drawing the inputs is the kernel's job. The
 * {@link hnsim.model.InputCatalogue} declares each uncertain input of a scenario once (path,
 * stream, source, central value, place in the trajectory's inputs, sensitivity feature) for the
 * sampler, the deterministic path, the draw floor and the sensitivity analysis alike.
 * Depends on {@code hnsim.scenario} and {@code hnsim.dist} only.
 */
package hnsim.model;
