package hnsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Rank (Spearman) correlations between yearly uncertain inputs, imposed by a Gaussian copula:
 * each year the inputs' independent standard normal shocks are mixed by the Cholesky factor
 * of the copula's Pearson correlation matrix, whose entries are {@code r = 2 sin(pi rho_S / 6)}
 * (the Pearson correlation of a bivariate normal whose Spearman correlation is rho_S).
 *
 * @param inputs the inputs' paths, as {@link InputPaths} spells them
 * @param rankCorrelation the Spearman correlation matrix, symmetric with a unit diagonal
 */
public record Correlation(List<String> inputs, double[][] rankCorrelation) {
    /** No correlation: every input draws independently. */
    public static final Correlation NONE = new Correlation(List.of(), new double[0][0]);

    /** Below this a pivot of the Cholesky factorisation counts as zero (commons-math3's default). */
    private static final double PIVOT_THRESHOLD = 1e-10;

    public Correlation {
        inputs = List.copyOf(inputs);
        rankCorrelation = copy(rankCorrelation);
        for (double[] row : rankCorrelation) {
            if (row.length != inputs.size()) {
                throw new IllegalArgumentException("the correlation matrix must be " + inputs.size() + " by "
                        + inputs.size() + ", one row and column per input");
            }
        }
        if (rankCorrelation.length != inputs.size()) {
            throw new IllegalArgumentException("the correlation matrix must have " + inputs.size() + " rows, one per input");
        }
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    @Override
    public double[][] rankCorrelation() {
        return copy(rankCorrelation);
    }

    /** The Pearson correlations of the Gaussian copula: {@code 2 sin(pi rho_S / 6)}. */
    public double[][] gaussianCorrelation() {
        int n = inputs.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * rankCorrelation[i][j] / 6);
            }
        }
        return r;
    }

    /**
     * The lower-triangular L with {@code L L^T = gaussianCorrelation()}.
     *
     * @throws IllegalArgumentException when the matrix is not positive definite
     */
    public double[][] gaussianFactor() {
        try {
            RealMatrix matrix = MatrixUtils.createRealMatrix(gaussianCorrelation());
            return new CholeskyDecomposition(matrix, 1e-12, PIVOT_THRESHOLD).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException(notPositiveDefinite(), e);
        }
    }

    /** Null when the matrix can be used, else why not (the smallest eigenvalue of the matrix at fault). */
    String positiveDefiniteProblem() {
        try {
            gaussianFactor();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String notPositiveDefinite() {
        double rank = smallestEigenvalue(rankCorrelation);
        if (rank <= PIVOT_THRESHOLD) {
            return "the correlation matrix is not positive definite (smallest eigenvalue " + shortNumber(rank)
                    + "); some correlations contradict the others (e.g. a with b and b with c strongly"
                    + " positive but a with c negative), or two inputs are perfectly correlated";
        }
        return "the correlation matrix is not positive definite after conversion to the Gaussian copula's"
                + " Pearson correlations 2 sin(pi rho / 6) (smallest eigenvalue "
                + shortNumber(smallestEigenvalue(gaussianCorrelation())) + "); weaken the largest correlations";
    }

    static double smallestEigenvalue(double[][] matrix) {
        double[] values = new EigenDecomposition(MatrixUtils.createRealMatrix(matrix)).getRealEigenvalues();
        return Arrays.stream(values).min().orElse(1);
    }

    private static String shortNumber(double x) {
        if (Math.abs(x) < 1e-9) {
            return "0";
        }
        return new BigDecimal(x).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correlation c && inputs.equals(c.inputs) && Arrays.deepEquals(rankCorrelation, c.rankCorrelation);
    }

    @Override
    public int hashCode() {
        return 31 * inputs.hashCode() + Arrays.deepHashCode(rankCorrelation);
    }

    @Override
    public String toString() {
        return "Correlation" + inputs + Arrays.deepToString(rankCorrelation);
    }
}
