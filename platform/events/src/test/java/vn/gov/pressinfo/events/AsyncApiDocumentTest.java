package vn.gov.pressinfo.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Keeps {@code docs/asyncapi.yaml} true: its messages are the event catalogue ({@link Events}) with the JSON Schemas
 * of this module, and its operations are what each service really publishes and consumes. The document is written by
 * {@code tools/api-checks/asyncapi/generate.mjs}; when this test fails, first regenerate it
 * ({@code cd tools/api-checks/asyncapi && npm ci && node generate.mjs}), and if the failure stays, the generator and
 * the code disagree about what the code does.
 */
class AsyncApiDocumentTest {

    private static final String REGENERATE = "regenerate docs/asyncapi.yaml (cd tools/api-checks/asyncapi && npm ci && node generate.mjs)";

    private static final Path ROOT = repositoryRoot();
    private static final JsonNode DOCUMENT = readYaml(ROOT.resolve("docs").resolve("asyncapi.yaml"));

    /**
     * The events a service publishes, found by a regular-expression scan of its {@code src/main/java}, not by
     * compiling it: every producer hands its type to the outbox as {@code outbox.publish(Events.X, …)} or
     * {@code outbox.publishAll(Events.X, …)}. {@link #everyOutboxCallNamesItsEventTypeFromTheCatalogue()} makes sure no
     * call hides its type in a variable, where this scan could not see it.
     */
    private static final Pattern PUBLISH = Pattern.compile("\\.publish(?:All)?\\(\\s*Events\\.([A-Z0-9_]+)");
    private static final Pattern ANY_PUBLISH = Pattern.compile("\\boutbox\\.publish(?:All)?\\(\\s*([^,)]*)");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern PLATFORM_DEPENDENCY = Pattern.compile("<artifactId>platform-([\\w-]+)</artifactId>");

    @Test
    void everyEventTypeHasExactlyOneMessageOnTheChannelOfItsTopicWithItsSchemaAsPayload() throws IOException {
        Map<String, List<String>> messagesByType = new TreeMap<>();
        DOCUMENT.path("components").path("messages").properties().forEach(m -> {
            String type = headerConst(m.getValue(), CloudEventHeaders.TYPE);
            if (type != null) {
                messagesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(m.getKey());
            }
        });
        for (EventType<?> type : Events.ALL) {
            assertThat(messagesByType.getOrDefault(type.type(), List.of()))
                    .as("messages in components.messages of docs/asyncapi.yaml whose headers fix ce_type to %s (Events.%s): "
                            + "there must be exactly one; %s", type.type(), constantName(type), REGENERATE)
                    .hasSize(1);
            String key = messagesByType.get(type.type()).get(0);
            JsonNode message = DOCUMENT.path("components").path("messages").path(key);

            List<String> addresses = channelsCarrying("#/components/messages/" + key);
            assertThat(addresses).as("the channels that carry message %s (%s): only the one whose address is its topic %s; %s",
                    key, type.type(), type.topic(), REGENERATE).containsExactly(type.topic());

            JsonNode schema = schema(type);
            assertThat(differences(schema, resolve(message.path("payload")), "")).as("places where the payload schema of message "
                    + "%s differs from the JSON Schema %s, which it must copy as it is; %s", key, type.schema(), REGENERATE).isEmpty();

            List<JsonNode> examples = new ArrayList<>();
            message.path("examples").forEach(examples::add);
            assertThat(examples).as("examples of message %s: one per example of %s; %s", key, type.schema(), REGENERATE)
                    .extracting(e -> e.path("payload")).containsExactlyElementsOf(schema.path("examples"));
            for (JsonNode example : examples) {
                EventPayload payload = EventJson.read(example.path("payload").toString(), type.payloadType());
                JsonNode headers = example.path("headers");
                assertThat(headers.path(CloudEventHeaders.TYPE).asText()).as("ce_type of the examples of %s; %s", key, REGENERATE)
                        .isEqualTo(type.type());
                assertThat(headers.path(CloudEventHeaders.SUBJECT).asText())
                        .as("ce_subject of the examples of %s must be the payload's aggregateId() (the record key); %s", key, REGENERATE)
                        .isEqualTo(payload.aggregateId());
                assertThat(headers.path(CloudEventHeaders.SPEC_VERSION).asText()).isEqualTo(CloudEventHeaders.SPEC_VERSION_1_0);
                assertThat(headers.path(CloudEventHeaders.CONTENT_TYPE).asText()).isEqualTo(CloudEventHeaders.JSON);
            }
        }
        Set<String> catalogue = new TreeSet<>(Events.ALL.stream().map(EventType::type).toList());
        assertThat(messagesByType.keySet()).as("ce_types of the messages of docs/asyncapi.yaml that are not in Events.ALL "
                + "(a removed or renamed event type?); %s", REGENERATE).isSubsetOf(catalogue);
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAChannel() {
        List<String> addresses = new ArrayList<>();
        DOCUMENT.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        List<String> expected = new ArrayList<>(Topics.ALL);
        Topics.ALL.forEach(t -> expected.add(Topics.deadLetter(t)));
        assertThat(addresses).as("channel addresses of docs/asyncapi.yaml: every topic of Topics.ALL and its .dlq, once each; %s",
                REGENERATE).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void eachServiceReceivesExactlyTheTopicsItsIncomingChannelsRead() throws IOException {
        for (String service : services()) {
            Map<String, String> config = effectiveConfig(service);
            Map<String, Set<String>> groupsByTopic = new TreeMap<>();
            Set<String> deadLetterTopics = new TreeSet<>();
            for (var entry : config.entrySet()) {
                Matcher m = INCOMING_TOPIC.matcher(entry.getKey());
                String channel = m.matches() ? m.group(1) : null;
                if (channel == null || "false".equals(config.get("mp.messaging.incoming." + channel + ".enabled"))) {
                    continue;
                }
                groupsByTopic.computeIfAbsent(entry.getValue(), t -> new TreeSet<>())
                        .add(config.getOrDefault("mp.messaging.incoming." + channel + ".group.id", service));
                if ("dead-letter-queue".equals(config.get("mp.messaging.incoming." + channel + ".failure-strategy"))) {
                    deadLetterTopics.add(config.get("mp.messaging.incoming." + channel + ".dead-letter-queue.topic"));
                }
            }

            Map<String, JsonNode> receives = operations(service, "receive");
            Map<String, Set<String>> documented = new TreeMap<>();
            receives.forEach((id, operation) -> {
                Set<String> groups = new TreeSet<>();
                operation.path("bindings").path("kafka").path("groupId").path("enum").forEach(g -> groups.add(g.asText()));
                documented.merge(channelAddress(operation), groups, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            });
            assertThat(documented.keySet()).as("topics of the receive operations of %s in docs/asyncapi.yaml, against the "
                    + "mp.messaging.incoming.<channel>.topic of its application.properties and of the platform modules it depends "
                    + "on; %s, or fix the service's configuration", service, REGENERATE)
                    .containsExactlyInAnyOrderElementsOf(groupsByTopic.keySet());
            assertThat(documented).as("consumer groups (bindings.kafka.groupId) of the receive operations of %s, against "
                    + "mp.messaging.incoming.<channel>.group.id; %s", service, REGENERATE).isEqualTo(groupsByTopic);

            Set<String> documentedDeadLetters = new TreeSet<>();
            operations(service, "send").values().stream().map(AsyncApiDocumentTest::channelAddress)
                    .filter(a -> a.endsWith(".dlq")).forEach(documentedDeadLetters::add);
            assertThat(documentedDeadLetters).as("dead-letter topics %s sends to in docs/asyncapi.yaml, against the "
                    + "mp.messaging.incoming.<channel>.dead-letter-queue.topic of its channels; %s", service, REGENERATE)
                    .containsExactlyInAnyOrderElementsOf(deadLetterTopics);
        }
    }

    @Test
    void eachServiceSendsExactlyTheEventsItPublishes() throws IOException {
        Set<String> publishedBySomeone = new TreeSet<>();
        for (String service : services()) {
            Map<String, String> config = effectiveConfig(service);
            String source = config.getOrDefault("pressinfo.outbox.source", "/pressinfo/" + service);
            Set<String> published = new TreeSet<>();
            for (String constant : scan(service, PUBLISH)) {
                published.add(eventType(constant, service).type());
            }
            publishedBySomeone.addAll(published);

            List<String> sent = new ArrayList<>();
            for (var operation : operations(service, "send").entrySet()) {
                String address = channelAddress(operation.getValue());
                if (address.endsWith(".dlq")) {
                    continue;
                }
                for (JsonNode ref : operation.getValue().path("messages")) {
                    JsonNode message = resolve(ref);
                    String type = headerConst(message, CloudEventHeaders.TYPE);
                    sent.add(type);
                    assertThat(Events.byType(type)).as("operation %s sends %s, which is not in Events.ALL; %s",
                            operation.getKey(), type, REGENERATE).isPresent();
                    assertThat(address).as("operation %s sends %s on its topic; %s", operation.getKey(), type, REGENERATE)
                            .isEqualTo(Events.byType(type).get().topic());
                    assertThat(headerConst(message, CloudEventHeaders.SOURCE))
                            .as("ce_source of %s: the pressinfo.outbox.source of %s, which publishes it; %s", type, service, REGENERATE)
                            .isEqualTo(source);
                }
            }
            assertThat(sent).as("event types of the send operations of %s in docs/asyncapi.yaml, against the Events.X it passes "
                    + "to outbox.publish/publishAll in its src/main/java; %s", service, REGENERATE)
                    .containsExactlyInAnyOrderElementsOf(published);
        }
        Set<String> catalogue = new TreeSet<>(Events.ALL.stream().map(EventType::type).toList());
        assertThat(publishedBySomeone).as("event types of Events.ALL that no service publishes: remove them from the catalogue, "
                + "or publish them").isEqualTo(catalogue);
    }

    @Test
    void everyOutboxCallNamesItsEventTypeFromTheCatalogue() throws IOException {
        for (String service : services()) {
            for (String argument : scan(service, ANY_PUBLISH)) {
                assertThat(argument.strip()).as("%s calls outbox.publish/publishAll(%s, …): name the type as Events.X right "
                        + "there, so that this test and the AsyncAPI generator can see what the service publishes", service, argument)
                        .matches("Events\\.[A-Z0-9_]+");
            }
        }
    }

    @Test
    void operationsAreNamedAfterTheirServiceAndTaggedWithIt() {
        Set<String> services = new TreeSet<>(services());
        DOCUMENT.path("operations").properties().forEach(o -> {
            List<String> tags = new ArrayList<>();
            o.getValue().path("tags").forEach(t -> tags.add(t.path("name").asText()));
            assertThat(tags).as("tags of operation %s: exactly one, the service that performs it; %s", o.getKey(), REGENERATE)
                    .hasSize(1).allMatch(services::contains);
            String action = o.getValue().path("action").asText();
            assertThat(o.getKey()).as("operation id of a %s operation of %s; %s", action, tags.get(0), REGENERATE)
                    .startsWith(camel(tags.get(0)) + "_" + action);
            assertThat(o.getValue().path("description").asText()).as("description of operation %s", o.getKey()).contains(tags.get(0));
        });
    }

    // ------------------------------------------------------------------------------------------ the document

    /** The header {@code name} that a message's headers schema fixes with {@code const}, or null. */
    private static String headerConst(JsonNode message, String name) {
        JsonNode headers = resolve(message.path("headers"));
        List<JsonNode> parts = new ArrayList<>(List.of(headers));
        headers.path("allOf").forEach(p -> parts.add(resolve(p)));
        return parts.stream().map(p -> p.path("properties").path(name).path("const")).filter(JsonNode::isTextual)
                .map(JsonNode::asText).findFirst().orElse(null);
    }

    private static List<String> channelsCarrying(String messageRef) {
        List<String> addresses = new ArrayList<>();
        DOCUMENT.path("channels").forEach(c -> c.path("messages").forEach(m -> {
            if (messageRef.equals(m.path("$ref").asText())) {
                addresses.add(c.path("address").asText());
            }
        }));
        return addresses;
    }

    /** The operations of {@code service} (by their tag) with {@code action}, by operation id. */
    private static Map<String, JsonNode> operations(String service, String action) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        DOCUMENT.path("operations").properties().forEach(o -> {
            boolean tagged = false;
            for (JsonNode tag : o.getValue().path("tags")) {
                tagged |= service.equals(tag.path("name").asText());
            }
            if (tagged && action.equals(o.getValue().path("action").asText())) {
                result.put(o.getKey(), o.getValue());
            }
        });
        return result;
    }

    private static String channelAddress(JsonNode operation) {
        JsonNode channel = resolve(operation.path("channel"));
        assertThat(channel.path("address").isTextual()).as("the channel of an operation, %s", operation.path("channel")).isTrue();
        return channel.path("address").asText();
    }

    /** Follows a local {@code $ref} ({@code #/a/b}); anything else is returned as is. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.path("$ref").isTextual(); i++) {
            String ref = current.path("$ref").asText();
            assertThat(ref).as("only local references are used in docs/asyncapi.yaml").startsWith("#/");
            current = DOCUMENT.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("%s resolves in docs/asyncapi.yaml", ref).isFalse();
        }
        return current;
    }

    /** JSON pointers of the places where {@code actual} is not {@code expected}. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                found.addAll(differences(expected.path(name), actual.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1")));
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                found.addAll(differences(expected.get(i), actual.get(i), at + "/" + i));
            }
        } else if (!expected.equals(actual)) {
            found.add((at.isEmpty() ? "/" : at) + ": expected " + expected + " but was " + actual);
        }
        return found;
    }

    private static JsonNode schema(EventType<?> type) throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(type.schema())) {
            assertThat(in).as("schema %s", type.schema()).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }

    // ------------------------------------------------------------------------------------------ the services

    private static List<String> services() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service") && Files.isRegularFile(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The configuration a service runs with, as far as messaging goes: the defaults of the platform modules it depends
     * on (their {@code META-INF/microprofile-config.properties}; none declares a channel today), overridden
     * by its own {@code application.properties}. Profile-specific keys ({@code %test.…}) are left out.
     */
    private static Map<String, String> effectiveConfig(String service) throws IOException {
        Map<String, String> config = new TreeMap<>();
        for (Path module : platformModules(ROOT.resolve(service).resolve("pom.xml"), new LinkedHashSet<>())) {
            load(module.resolve("src/main/resources/META-INF/microprofile-config.properties"), config);
        }
        load(ROOT.resolve(service).resolve("src/main/resources/application.properties"), config);
        return config;
    }

    /** The platform modules a module depends on, transitively: artifact {@code platform-x} is {@code platform/x}. */
    private static Set<Path> platformModules(Path pom, Set<Path> seen) throws IOException {
        Matcher m = PLATFORM_DEPENDENCY.matcher(Files.readString(pom));
        while (m.find()) {
            Path module = ROOT.resolve("platform").resolve(m.group(1));
            if (Files.isRegularFile(module.resolve("pom.xml")) && !module.resolve("pom.xml").equals(pom) && seen.add(module)) {
                platformModules(module.resolve("pom.xml"), seen);
            }
        }
        return seen;
    }

    private static void load(Path file, Map<String, String> into) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> into.put(k, properties.getProperty(k).strip()));
    }

    /** First group of every match of {@code pattern} in the service's main Java sources. */
    private static List<String> scan(String service, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        Path sources = ROOT.resolve(service).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static EventType<?> eventType(String constant, String service) {
        try {
            Field field = Events.class.getField(constant);
            assertThat(Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class)
                    .as("%s publishes Events.%s, which is not an event type", service, constant).isTrue();
            return (EventType<?>) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new AssertionError(service + " publishes Events." + constant + ", which Events does not declare", e);
        }
    }

    private static String constantName(EventType<?> type) {
        for (Field field : Events.class.getFields()) {
            try {
                if (field.get(null) == type) {
                    return field.getName();
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return "?";
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------ files

    /** The directory with {@code mvnw}, found from the working directory (the module's, under Maven) upwards. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with mvnw above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode readYaml(Path file) {
        assertThat(file).as("the AsyncAPI document; %s", REGENERATE).isRegularFile();
        try {
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            assertThat(document.path("asyncapi").asText()).as("AsyncAPI version of %s", file).isEqualTo("3.0.0");
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
