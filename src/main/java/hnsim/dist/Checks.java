package hnsim.dist;

/** Parameter checks shared by the distributions; messages name the parameter and its value. */
final class Checks {
    private Checks() {
    }

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }

    static void positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0, got " + value);
        }
    }

    static void probability(String name, double value) {
        finite(name, value);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }

    static void ordered(String lowName, double low, String highName, double high) {
        finite(lowName, low);
        finite(highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " (" + low + ") must be less than "
                    + highName + " (" + high + ")");
        }
    }

    /** A three-point estimate: min < max and min <= mode <= max. */
    static void threePoint(double min, double mode, double max) {
        ordered("min", min, "max", max);
        finite("mode", mode);
        if (mode < min || mode > max) {
            throw new IllegalArgumentException("mode (" + mode + ") must lie between min (" + min
                    + ") and max (" + max + ")");
        }
    }
}
