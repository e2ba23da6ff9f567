package hnsim.sensitivity;

import hnsim.model.InputCatalogue;
import hnsim.model.UncertainInput;
import hnsim.scenario.Correlation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The inputs of a Sobol analysis: every uncertain input of the catalogue that actually varies,
 * alone, except those gathered by a {@code --group NAME=PATTERN} or by the scenario's
 * correlation block ({@link CorrelatedTreatment#GROUP}). Inputs that cannot vary (fixed values,
 * events of probability 0 or 1) are left out: their indices are 0 by construction.
 */
public final class InputGroups {
    /** Name of the group a correlation block forms when the user does not group its members. */
    public static final String CORRELATED = "correlated";

    private InputGroups() {
    }

    /** The catalogue's inputs that vary from one trajectory to another, in catalogue order. */
    public static List<UncertainInput> varying(InputCatalogue catalogue) {
        List<UncertainInput> out = new ArrayList<>();
        for (UncertainInput input : catalogue.inputs()) {
            boolean varies = input.source() instanceof UncertainInput.Yearly y ? !y.isFixed()
                    : ((UncertainInput.Event) input.source()).chance().probability() > 0
                    && ((UncertainInput.Event) input.source()).chance().probability() < 1;
            if (varies) {
                out.add(input);
            }
        }
        return out;
    }

    /**
     * @param specs user groups, each {@code name=pattern[+pattern...]}; {@code *} in a pattern
     *     matches any part of one path segment ({@code placements.*.growth})
     * @throws IllegalArgumentException for a malformed spec, a pattern matching no varying input,
     *     or an input claimed by two groups
     */
    public static List<InputGroup> of(InputCatalogue catalogue, List<String> specs, CorrelatedTreatment treatment) {
        List<String> paths = varying(catalogue).stream().map(UncertainInput::path).toList();
        Map<String, String> groupOf = new LinkedHashMap<>();
        List<String> userNames = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("--group takes NAME=PATTERN, e.g. demand=placements.*.growth; got '"
                        + spec + "'");
            }
            String name = spec.substring(0, eq).trim();
            if (userNames.contains(name) || paths.contains(name)) {
                throw new IllegalArgumentException("--group " + name + ": the name is already taken by "
                        + (paths.contains(name) ? "an input" : "another group"));
            }
            userNames.add(name);
            for (String pattern : spec.substring(eq + 1).split("\\+")) {
                Pattern regex = glob(pattern.trim());
                boolean matched = false;
                for (String path : paths) {
                    if (regex.matcher(path).matches()) {
                        matched = true;
                        String previous = groupOf.putIfAbsent(path, name);
                        if (previous != null && !previous.equals(name)) {
                            throw new IllegalArgumentException("--group " + name + ": " + path
                                    + " is already in the group " + previous);
                        }
                    }
                }
                if (!matched) {
                    throw new IllegalArgumentException("--group " + name + ": '" + pattern.trim()
                            + "' matches no uncertain input; the inputs are " + String.join(", ", paths));
                }
            }
        }
        Correlation correlation = catalogue.scenario().correlation();
        if (treatment == CorrelatedTreatment.GROUP && !correlation.isEmpty()) {
            // A block's members are re-drawn together. A member the user grouped pulls the rest
            // of the block into that group, so the copula's dependence never crosses groups.
            String target = correlation.inputs().stream().map(groupOf::get).filter(g -> g != null)
                    .findFirst().orElse(CORRELATED);
            for (String member : correlation.inputs()) {
                String previous = groupOf.get(member);
                if (previous != null && !previous.equals(target)) {
                    throw new IllegalArgumentException("the correlated inputs " + String.join(", ", correlation.inputs())
                            + " are analysed as one group, but --group puts them in both " + target + " and "
                            + previous + "; put them in one group, or give --correlated scores");
                }
                if (paths.contains(member)) {
                    groupOf.put(member, target);
                }
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String path : paths) {
            members.computeIfAbsent(groupOf.getOrDefault(path, path), k -> new ArrayList<>()).add(path);
        }
        List<InputGroup> groups = new ArrayList<>();
        members.forEach((name, list) -> groups.add(new InputGroup(name, list)));
        return groups;
    }

    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? "[^.]*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
