package hnsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML text into a {@link YamlNode} tree with locations. Duplicate keys, several
 * documents, anchors, aliases, tags and very deep nesting are refused here, before any
 * scenario logic runs.
 *
 * <p>It reads SnakeYAML's event stream (the parser under Jackson's YAML module) rather than
 * Jackson's tokens, because only the events show every anchor and alias (Jackson hides
 * anchors on scalars and turns an alias into the text of its name), the quoting of a scalar,
 * and the exact place of a syntax error. Nothing is ever composed, so an alias bomb costs nothing.
 */
public final class YamlReader {
    static final int MAX_DEPTH = 40;
    /** A scenario file is a few kilobytes; anything near this is not one. */
    public static final int MAX_CHARS = 1024 * 1024;

    /** Tags that only restate what plain YAML means; any other tag asks for a type hnsim does not have. */
    private static final java.util.Set<String> STANDARD_TAGS = java.util.Set.of("!", "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map");

    private final String fileName;
    private Parser parser;

    public YamlReader(String fileName) {
        this.fileName = fileName;
    }

    public YamlNode read(String text) {
        if (text.length() > MAX_CHARS) {
            throw error(new Location(fileName, 1, 1), "the file is larger than 1 MB; a scenario file is a few kilobytes");
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        try {
            parser = new ParserImpl(new StreamReader(text), options);
            next(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                throw error(new Location(fileName, 1, 1),
                        "the file is empty; expected a scenario mapping (name:, first_year:, placements:, ...)");
            }
            next(); // document start
            YamlNode root = readValue(next(), 0);
            next(); // document end
            Event after = next();
            if (after.getEventId() != Event.ID.StreamEnd) {
                throw error(where(after.getStartMark()), "a second YAML document starts here; a scenario file holds exactly one");
            }
            return root;
        } catch (YAMLException e) {
            throw YamlMessages.fromParser(fileName, text, e);
        }
    }

    private Event next() {
        return parser.getEvent();
    }

    private YamlNode readValue(Event event, int depth) {
        Location at = where(event.getStartMark());
        if (depth > MAX_DEPTH) {
            throw error(at, "the document nests deeper than " + MAX_DEPTH + " levels; a scenario needs fewer than 10");
        }
        if (event instanceof AliasEvent alias) {
            throw error(at, "YAML aliases (*" + alias.getAnchor() + ") are not supported in scenario files; write the value out");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            // Anchors are harmless alone but are the way into alias bombs; scenarios need neither.
            throw error(at, "YAML anchors (&" + node.getAnchor() + ") are not supported in scenario files");
        }
        checkTag(event, at);
        return switch (event.getEventId()) {
            case MappingStart -> readMapping(at, depth);
            case SequenceStart -> readSequence(at, depth);
            case Scalar -> scalar((ScalarEvent) event, at);
            default -> throw error(at, "unexpected YAML content (" + event.getEventId() + ")");
        };
    }

    private YamlNode readMapping(Location at, int depth) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (Event keyEvent = next(); keyEvent.getEventId() != Event.ID.MappingEnd; keyEvent = next()) {
            Location keyAt = where(keyEvent.getStartMark());
            if (!(keyEvent instanceof ScalarEvent keyScalar)) {
                throw error(keyAt, "a key must be plain text such as 'name', found a "
                        + (keyEvent instanceof AliasEvent ? "YAML alias" : "list or mapping used as a key"));
            }
            readValue(keyEvent, depth + 1); // refuses anchors and tags on keys
            String key = keyScalar.getValue();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                throw error(keyAt, "duplicate key '" + key + "' (first given at line " + first.keyLocation().line()
                        + "); give each key once");
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, readValue(next(), depth + 1)));
        }
        return new YamlNode.Mapping(entries, at);
    }

    private YamlNode readSequence(Location at, int depth) {
        List<YamlNode> items = new ArrayList<>();
        for (Event item = next(); item.getEventId() != Event.ID.SequenceEnd; item = next()) {
            items.add(readValue(item, depth + 1));
        }
        return new YamlNode.Sequence(items, at);
    }

    private static YamlNode scalar(ScalarEvent event, Location at) {
        boolean plain = event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        String text = event.getValue();
        boolean isNull = plain && event.getTag() == null
                && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL"));
        return new YamlNode.Scalar(isNull ? null : text, !plain, at);
    }

    private void checkTag(Event event, Location at) {
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null && !STANDARD_TAGS.contains(tag)) {
            String shown = tag.replace("tag:yaml.org,2002:", "!!");
            throw error(at, "YAML tags (" + shown + ") are not supported in scenario files; remove the tag");
        }
    }

    private Location where(Mark mark) {
        return mark == null ? new Location(fileName, 1, 1) : new Location(fileName, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private ScenarioException error(Location where, String message) {
        return new ScenarioException(List.of(Problem.error(where, "", message)));
    }
}
