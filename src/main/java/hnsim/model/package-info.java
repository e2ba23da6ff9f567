/**
 * The yearly budget step of one trajectory: placements by type, gross cost, savings, net
 * cost, funding and deficits, as arithmetic on a scenario and the trajectory's realised
 * inputs. No I/O, no threads, no randomness: drawing the inputs is the kernel's job.
 * Depends on {@code hnsim.scenario} and {@code hnsim.dist} only.
 */
package hnsim.model;
