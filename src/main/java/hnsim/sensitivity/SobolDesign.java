package hnsim.sensitivity;

import hnsim.model.InputCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrices of a Saltelli design as catalogues on the kernel's own streams: A is the run
 * itself (trajectory j of A is trajectory j of {@code hnsim run} with the same seed), B re-keys
 * every input to an independent stream, and AB_g is A with the inputs of group g re-keyed as in
 * B, so row j of AB_g takes group g from row j of B and everything else from row j of A.
 * Plain Monte Carlo rows, as the estimators assume; N x (k + 2) trajectories in all.
 */
record SobolDesign(InputCatalogue a, InputCatalogue b, List<InputCatalogue> ab) {
    /** Appended to a stream's name to make B's independent stream of the same input. */
    static final String B_STREAM = "#sobol-b";

    static SobolDesign of(InputCatalogue catalogue, List<InputGroup> groups) {
        InputCatalogue b = catalogue;
        for (InputGroup g : groups) {
            b = rekey(b, g);
        }
        List<InputCatalogue> ab = new ArrayList<>();
        for (InputGroup g : groups) {
            ab.add(rekey(catalogue, g));
        }
        return new SobolDesign(catalogue, b, ab);
    }

    private static InputCatalogue rekey(InputCatalogue catalogue, InputGroup group) {
        InputCatalogue out = catalogue;
        for (String path : group.paths()) {
            String stream = catalogue.byPath(path).orElseThrow().stream();
            out = out.withStream(path, stream + B_STREAM);
        }
        return out;
    }

    /** A, B, then the AB matrices: the order {@link DesignRuns} runs them in. */
    List<InputCatalogue> all() {
        List<InputCatalogue> all = new ArrayList<>();
        all.add(a);
        all.add(b);
        all.addAll(ab);
        return all;
    }
}
