package hnsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link YamlNode} tree with locations. Duplicate keys, several
 * documents, aliases and very deep nesting are refused here, before any scenario logic runs.
 */
public final class YamlReader {
    static final int MAX_DEPTH = 40;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final String fileName;

    public YamlReader(String fileName) {
        this.fileName = fileName;
    }

    public YamlNode read(String text) {
        if (text.length() > MAX_BYTES) {
            throw error(new Location(fileName, 1, 1), "the file is larger than 4 MB; a scenario file is a few kilobytes");
        }
        LoaderOptions loader = new LoaderOptions();
        // Duplicates are detected while building the tree, with both lines in the message.
        loader.setAllowDuplicateKeys(true);
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(MAX_DEPTH + 10);
        loader.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error(new Location(fileName, 1, 1), "the file is empty; expected a scenario mapping (name:, first_year:, placements:, ...)");
            }
            YamlNode root = readValue(parser, 0);
            if (parser.nextToken() != null) {
                throw error(location(parser), "a second YAML document starts here; a scenario file holds exactly one");
            }
            return root;
        } catch (IOException e) {
            throw fromParserException(e);
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw fromParserException(e);
        }
    }

    private YamlNode readValue(YAMLParser parser, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw error(location(parser), "the document nests deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken token = parser.currentToken();
        Location where = location(parser);
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            // Anchors are harmless alone but are the way into alias bombs; scenarios need neither.
            throw error(where, "YAML anchors and aliases (&name, *name) are not supported in scenario files");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    Location keyWhere = location(parser);
                    String key = parser.currentName();
                    if (entries.containsKey(key)) {
                        throw error(keyWhere, "duplicate key '" + key + "' (first given at line "
                                + entries.get(key).keyLocation().line() + ")");
                    }
                    parser.nextToken();
                    entries.put(key, new YamlNode.Entry(key, keyWhere, readValue(parser, depth + 1)));
                }
                return new YamlNode.Mapping(entries, where);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, depth + 1));
                }
                return new YamlNode.Sequence(items, where);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, false, where);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                boolean quoted = token == JsonToken.VALUE_STRING && isQuoted(parser);
                return new YamlNode.Scalar(parser.getText(), quoted, where);
            }
            default -> throw error(where, "unexpected YAML content (" + token + ")");
        }
    }

    private static boolean isQuoted(YAMLParser parser) {
        // Jackson reports quoting only through the type id / style API; treat plain text as unquoted.
        return false;
    }

    private Location location(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(fileName, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private ScenarioException error(Location where, String message) {
        return new ScenarioException(List.of(Problem.error(where, "", message)));
    }

    private ScenarioException fromParserException(Exception e) {
        Location where = new Location(fileName, 1, 1);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation l = jpe.getLocation();
            where = new Location(fileName, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            message = jpe.getOriginalMessage();
        }
        return error(where, "the file is not valid YAML: " + YamlMessages.clean(message));
    }
}
