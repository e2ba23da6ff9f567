package hnsim.sensitivity;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli designs of test functions on the unit hypercube: rows of A and B from one
 * 2k-dimensional Sobol low-discrepancy sequence (first k coordinates for A, last k for B),
 * as in Saltelli et al. (2010), then mapped to each input's distribution by the caller.
 */
final class SaltelliDesigns {
    private SaltelliDesigns() {
    }

    static SaltelliOutputs evaluate(int inputs, int rows, ToDoubleFunction<double[]> modelOnUnitCube) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * inputs);
        sobol.skipTo(1);  // the first point is the all-zero corner
        double[] a = new double[rows];
        double[] b = new double[rows];
        double[][] ab = new double[inputs][rows];
        for (int j = 0; j < rows; j++) {
            double[] point = sobol.nextVector();
            double[] rowA = new double[inputs];
            double[] rowB = new double[inputs];
            System.arraycopy(point, 0, rowA, 0, inputs);
            System.arraycopy(point, inputs, rowB, 0, inputs);
            a[j] = modelOnUnitCube.applyAsDouble(rowA);
            b[j] = modelOnUnitCube.applyAsDouble(rowB);
            for (int i = 0; i < inputs; i++) {
                double[] mixed = rowA.clone();
                mixed[i] = rowB[i];
                ab[i][j] = modelOnUnitCube.applyAsDouble(mixed);
            }
        }
        return new SaltelliOutputs(a, b, ab);
    }
}
