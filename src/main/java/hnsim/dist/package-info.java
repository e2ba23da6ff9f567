/**
 * Probability distributions of uncertain inputs: immutable records that sample through
 * commons-rng samplers and answer CDF and quantile questions through commons-math3.
 * Depends on no other hnsim package.
 */
package hnsim.dist;
