package hnsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a random valid scenario as YAML text from a seed, using the forms a finance officer
 * might write (money as 12.5m, 250k or "£1,200,000"; rates as 5% or 0.05; one value or one per
 * year; fixed values or distributions), so property tests explore the format rather than one file.
 */
public final class ScenarioGenerator {
    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int years;
    private int firstYear;

    private ScenarioGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static String generate(long seed) {
        return new ScenarioGenerator(seed).scenario();
    }

    private String scenario() {
        years = 1 + random.nextInt(6);
        firstYear = 2010 + random.nextInt(20);
        line("# generated scenario");
        line("name: \"Council " + random.nextInt(1000) + " – £ é\"");
        if (chance(0.5)) {
            line("description: >-\n  A generated scenario\n  over several lines.");
        }
        line("first_year: " + year(0));
        line("years: " + years);
        if (chance(0.8)) {
            line("opening_deficit: " + money(random.nextDouble() * 50e6));
        }
        if (chance(0.5)) {
            line("thresholds: [" + money(10e6 + random.nextDouble() * 50e6) + ", " + money(80e6) + "]");
        }
        placements();
        if (chance(0.5)) {
            line("demand: {persistence: " + fixed(random.nextDouble() * 0.9) + "}");
        }
        if (chance(0.6)) {
            line("inflation:");
            line("  rate: " + perYear(() -> uncertainRate(0.0, 0.06)));
            if (chance(0.5)) {
                line("  shock: {probability: " + probability() + ", size: " + rate(random.nextDouble() * 0.06) + "}");
            }
        }
        funding();
        transfers();
        workstreams();
        options();
        return out.toString();
    }

    private void placements() {
        int types = 1 + random.nextInt(4);
        boolean overflow = types >= 2 && chance(0.5);
        line("placements:");
        for (int p = 0; p < types; p++) {
            line("  type_" + p + ":");
            line("    count: " + count(random.nextInt(5000)));
            line("    unit_cost: " + money(5e3 + random.nextDouble() * 75e3));
            if (chance(0.8)) {
                line("    growth: " + perYear(() -> uncertainRate(-0.05, 0.15)));
            }
            if (chance(0.3)) {
                line("    inflation: " + perYear(() -> uncertainRate(0.0, 0.08)));
            }
            if (chance(0.2)) {
                line("    persistence: " + fixed(random.nextDouble() * 0.9));
            }
            if (overflow && p == 0) {
                line("    capacity: " + perYear(() -> count(random.nextInt(6000))));
                line("    overflow: type_" + (types - 1));
            }
        }
    }

    private void funding() {
        line("funding:");
        line("  hnb_grant:");
        line("    base: " + money(20e6 + random.nextDouble() * 100e6));
        if (chance(0.8)) {
            line("    growth: " + perYear(() -> uncertainRate(0.0, 0.1)));
        }
        if (chance(0.4)) {
            line("  schools_block: " + money(200e6 + random.nextDouble() * 300e6));
            hasSchoolsBlock = true;
        } else if (chance(0.5)) {
            line("  schools_block: {base: " + money(200e6 + random.nextDouble() * 300e6) + ", growth: " + rate(0.02) + "}");
            hasSchoolsBlock = true;
        }
        if (chance(0.3)) {
            line("  other_income:");
            line("    - name: Health contribution");
            line("      amount: " + perYear(() -> chance(0.5) ? money(random.nextDouble() * 2e6)
                    : "{normal: [" + money(1e6) + ", " + money(2e5) + "]}"));
        }
    }

    private boolean hasSchoolsBlock;

    private void transfers() {
        int n = random.nextInt(3);
        if (n == 0 && chance(0.5)) {
            return;
        }
        line("transfers:" + (n == 0 ? " []" : ""));
        for (int k = 0; k < n; k++) {
            String when = switch (random.nextInt(3)) {
                case 0 -> "year: " + year(random.nextInt(years));
                case 1 -> "years: [" + year(0) + (years > 1 ? ", " + year(years - 1) : "") + "]";
                default -> "every_year: true";
            };
            // A rate is a share of the Schools Block, so only scenarios with one get rate transfers.
            String size = hasSchoolsBlock && chance(0.7) ? "rate: " + rate(random.nextDouble() * 0.005)
                    : "amount: " + money(random.nextDouble() * 3e6);
            String approval = chance(0.3) ? "" : chance(0.5) ? ", approval: " + probability()
                    : ", approval: {probability: " + probability() + ", plan: 100%}";
            line("  - {" + when + ", " + size + approval + "}");
        }
    }

    private void workstreams() {
        int n = random.nextInt(4);
        if (n == 0) {
            return;
        }
        line("workstreams:");
        for (int w = 0; w < n; w++) {
            line("  - name: Workstream " + w);
            line("    target: " + perYear(() -> money(random.nextDouble() * 5e6)));
            if (chance(0.7)) {
                line("    delivery: " + (chance(0.6) ? "{beta: [" + (1 + random.nextInt(5)) + ", " + (1 + random.nextInt(5)) + "], plan: 100%}"
                        : rate(random.nextDouble())));
            }
            if (chance(0.5)) {
                line("    slip: {probability: " + probability() + ", years: " + (1 + random.nextInt(years)) + "}");
            }
        }
    }

    private void options() {
        int n = random.nextInt(3);
        if (n == 0) {
            return;
        }
        line("options:");
        for (int o = 0; o < n; o++) {
            line("  option_" + o + ": " + switch (random.nextInt(3)) {
                case 0 -> "{transfers: []}";
                case 1 -> "{placements: {type_0: {growth: " + rate(random.nextDouble() * 0.1) + "}}}";
                default -> "{opening_deficit: " + money(random.nextDouble() * 40e6) + "}";
            });
        }
    }

    private String uncertainRate(double low, double high) {
        double mean = low + random.nextDouble() * (high - low);
        double spread = 0.005 + random.nextDouble() * 0.03;
        String plan = chance(0.5) ? ", plan: " + rate(mean) : "";
        return switch (random.nextInt(7)) {
            case 0 -> rate(mean);
            case 1 -> "{normal: [" + rate(mean) + ", " + rate(spread) + "]" + plan + "}";
            case 2 -> "{normal: {mean: " + rate(mean) + ", sd: " + rate(spread) + "}, truncate: [-50%, 50%]}";
            case 3 -> "{triangular: [" + rate(mean - spread) + ", " + rate(mean) + ", " + rate(mean + 2 * spread) + "]" + plan + "}";
            case 4 -> "{uniform: [" + rate(mean - spread) + ", " + rate(mean + spread) + "]}";
            case 5 -> "{pert: [" + rate(mean - spread) + ", " + rate(mean) + ", " + rate(mean + spread) + "]}";
            default -> "{discrete: {values: [" + rate(mean) + ", " + rate(mean + spread) + "], weights: [70%, 30%]}}";
        };
    }

    private String perYear(java.util.function.Supplier<String> each) {
        if (years == 1 || chance(0.6)) {
            return each.get();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            values.add(each.get());
        }
        return "[" + String.join(", ", values) + "]";
    }

    private String money(double pounds) {
        return switch (random.nextInt(4)) {
            case 0 -> fixed(pounds / 1e6) + "m";
            case 1 -> fixed(pounds / 1e3) + "k";
            case 2 -> String.format(Locale.UK, "\"£%,.0f\"", pounds);
            default -> String.format(Locale.UK, "%.0f", pounds);
        };
    }

    private String rate(double fraction) {
        return chance(0.7) ? fixed(fraction * 100) + "%" : fixed(fraction);
    }

    private String probability() {
        return fixed(random.nextInt(101)) + "%";
    }

    private String count(int pupils) {
        return pupils >= 1000 && chance(0.5) ? String.format(Locale.UK, "\"%,d\"", pupils) : Integer.toString(pupils);
    }

    private static String fixed(double value) {
        String s = String.format(Locale.UK, "%.4f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private String year(int offset) {
        int start = firstYear + offset;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
