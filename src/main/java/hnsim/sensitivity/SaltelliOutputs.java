package hnsim.sensitivity;

/**
 * The outputs of one Saltelli design for one output variable: {@code a[j]} = f(A_j),
 * {@code b[j]} = f(B_j) and {@code ab[i][j]} = f(A_j with input i taken from B_j), for the
 * N rows j of two independent samples A and B of the k inputs. N x (k + 2) model evaluations.
 */
public record SaltelliOutputs(double[] a, double[] b, double[][] ab) {
    public SaltelliOutputs {
        int n = a.length;
        if (n < 2) {
            throw new IllegalArgumentException("a Saltelli design needs at least 2 rows, got " + n);
        }
        if (b.length != n) {
            throw new IllegalArgumentException("f(B) has " + b.length + " rows, f(A) has " + n);
        }
        for (int i = 0; i < ab.length; i++) {
            if (ab[i].length != n) {
                throw new IllegalArgumentException("f(AB) of input " + i + " has " + ab[i].length
                        + " rows, f(A) has " + n);
            }
        }
    }

    public int rows() {
        return a.length;
    }

    public int inputs() {
        return ab.length;
    }

    /** Model evaluations the design cost: N x (k + 2). */
    public long evaluations() {
        return (long) rows() * (inputs() + 2);
    }
}
