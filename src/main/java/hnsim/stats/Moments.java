package hnsim.stats;

/**
 * Count, mean and sum of squared deviations of a stream of values (Welford), mergeable with
 * Chan et al.'s formula. Merging partials in a fixed order gives the same bits whatever
 * thread produced them.
 */
final class Moments {
    long count;
    double mean;
    double m2;

    void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
    }

    void merge(long otherCount, double otherMean, double otherM2) {
        if (otherCount == 0) {
            return;
        }
        long total = count + otherCount;
        double delta = otherMean - mean;
        mean += delta * otherCount / total;
        m2 += otherM2 + delta * delta * ((double) count * otherCount / total);
        count = total;
    }

    Moments copy() {
        Moments c = new Moments();
        c.count = count;
        c.mean = mean;
        c.m2 = m2;
        return c;
    }

    double sd() {
        return count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
    }
}
