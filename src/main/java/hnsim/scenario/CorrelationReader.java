package hnsim.scenario;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code correlation} block: the inputs by name (with "did you mean"), and a square
 * matrix of rank correlations that must be symmetric, have a unit diagonal, entries in
 * [-1, 1], and be positive definite once converted for the Gaussian copula.
 */
final class CorrelationReader {
    private static final Pattern WORKSTREAM_BY_INDEX = Pattern.compile("workstreams\\[(\\d+)]\\.delivery");
    private static final Pattern PLACEMENT_INFLATION = Pattern.compile("placements\\.(.+)\\.inflation");
    /** Symmetry is checked to this: entries are typed by hand, so anything larger is a typing error. */
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    private final Problems problems;
    private final ValueReader values;

    CorrelationReader(Problems problems, ValueReader values) {
        this.problems = problems;
        this.values = values;
    }

    Correlation read(YamlNode node, Map<String, List<UncertainValue>> known, List<Workstream> workstreams) {
        ObjView view = ObjView.of(node, ScenarioSchema.CORRELATION, "correlation", problems);
        if (view == null || !view.has("inputs") || !view.has("matrix")) {
            return Correlation.NONE;
        }
        int before = problems.errorCount();
        List<String> inputs = inputs(view.get("inputs"), view.path("inputs"), known, workstreams);
        double[][] matrix = inputs == null ? null : matrix(view.get("matrix"), view.path("matrix"), inputs.size());
        if (matrix == null || problems.errorCount() > before) {
            return Correlation.NONE;
        }
        Correlation correlation = new Correlation(inputs, matrix);
        String problem = correlation.positiveDefiniteProblem();
        if (problem != null) {
            problems.error(view.node().entries().get("matrix").keyLocation(), view.path("matrix"), problem);
            return Correlation.NONE;
        }
        return correlation;
    }

    private List<String> inputs(YamlNode node, String path, Map<String, List<UncertainValue>> known,
                                List<Workstream> workstreams) {
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().size() < 2) {
            problems.error(node, path, "expected a list of at least two inputs, e.g. [placements.special_school.growth,"
                    + " inflation.rate], found " + YamlNode.describe(node));
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = path + "[" + i + "]";
            String name = canonical(values.text(item, itemPath), workstreams);
            if (!known.containsKey(name)) {
                problems.error(item, itemPath, unknown(name, known));
                ok = false;
            } else if (out.contains(name)) {
                problems.error(item, itemPath, "'" + name + "' is listed twice");
                ok = false;
            } else if (known.get(name).stream().allMatch(UncertainValue::isFixed)) {
                problems.warning(item, itemPath, "'" + name + "' is a certain value in every year; its correlations have no effect");
            }
            out.add(name);
        }
        return ok ? out : null;
    }

    /**
     * A workstream's delivery is named by its id ({@code workstreams.inclusion.delivery}); its
     * position ({@code workstreams[2].delivery}) and its name ({@code workstreams.Inclusion.delivery},
     * as files written before workstream ids say) are accepted for it.
     */
    private static String canonical(String name, List<Workstream> workstreams) {
        Matcher m = WORKSTREAM_BY_INDEX.matcher(name);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < workstreams.size()) {
                return InputPaths.delivery(workstreams.get(index).id());
            }
        }
        for (Workstream w : workstreams) {
            if (name.equals("workstreams." + w.name() + ".delivery")) {
                return InputPaths.delivery(w.id());
            }
        }
        return name;
    }

    private static String unknown(String name, Map<String, List<UncertainValue>> known) {
        Matcher inflation = PLACEMENT_INFLATION.matcher(name);
        if (inflation.matches() && known.containsKey(InputPaths.growth(inflation.group(1)))) {
            return "the placement type '" + inflation.group(1) + "' has no inflation of its own (it follows the"
                    + " general inflation); correlate " + InputPaths.GENERAL_INFLATION + " instead";
        }
        String start = "no yearly uncertain input is called '" + name + "'";
        return start + Suggestions.closest(name, known.keySet()).map(s -> "; did you mean '" + s + "'?")
                .orElse("; inputs that can be correlated: " + String.join(", ", known.keySet()));
    }

    private double[][] matrix(YamlNode node, String path, int n) {
        if (!(node instanceof YamlNode.Sequence rows) || rows.items().size() != n) {
            problems.error(node, path, "expected " + n + " rows of " + n + " correlations, one per input, found "
                    + (node instanceof YamlNode.Sequence s ? s.items().size() + " rows" : YamlNode.describe(node)));
            return null;
        }
        double[][] m = new double[n][n];
        YamlNode[][] at = new YamlNode[n][n];
        for (int i = 0; i < n; i++) {
            YamlNode row = rows.items().get(i);
            String rowPath = path + "[" + i + "]";
            if (!(row instanceof YamlNode.Sequence cells) || cells.items().size() != n) {
                problems.error(row, rowPath, "expected a row of " + n + " correlations, found "
                        + (row instanceof YamlNode.Sequence s ? s.items().size() + " values" : YamlNode.describe(row)));
                return null;
            }
            for (int j = 0; j < n; j++) {
                at[i][j] = cells.items().get(j);
                String cellPath = rowPath + "[" + j + "]";
                m[i][j] = values.quantity(at[i][j], Unit.NUMBER, cellPath);
                if (Double.isNaN(m[i][j])) {
                    return null;
                }
                if (m[i][j] < -1 || m[i][j] > 1) {
                    problems.error(at[i][j], cellPath, "a correlation must be between -1 and 1, got " + m[i][j]);
                } else if (i == j && m[i][j] != 1) {
                    problems.error(at[i][j], cellPath, "the diagonal must be 1 (an input's correlation with itself), got "
                            + m[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(m[i][j] - m[j][i]) > SYMMETRY_TOLERANCE) {
                    problems.error(at[i][j], path + "[" + i + "][" + j + "]", "the matrix must be symmetric: this is "
                            + m[i][j] + " but " + path + "[" + j + "][" + i + "] is " + m[j][i]);
                }
            }
        }
        return m;
    }
}
