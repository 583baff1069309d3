// Writes docs/asyncapi.yaml (AsyncAPI 3.0.0) from the facts in the repository, so the document cannot be
// written by hand and drift:
//
// - the event catalogue: platform/events Events.java (type, topic, payload record, schema, Javadoc) and
//   Topics.java (topics and their Javadoc), parsed with regular expressions;
// - the JSON Schema of each event, copied whole into components.schemas, its examples into the messages;
// - the Kafka key of each event: the field its payload record's aggregateId() returns;
// - producers: `outbox.publish(Events.X, …)` / `publishAll(Events.X, …)` in each service's src/main/java;
// - consumers: the `mp.messaging.incoming.*` channels of each service, i.e. the defaults of the platform
//   modules it depends on (META-INF/microprofile-config.properties) overridden by its application.properties;
// - partitions and topic configuration: deploy/k8s/base/kafka/topics.yaml.
//
// The prose that no source holds (the purpose of each subscription, the server descriptions) is below.
// platform/events AsyncApiDocumentTest checks the document against the code independently of this script.
//
// Usage: node generate.mjs [repository root]            writes docs/asyncapi.yaml
//        node generate.mjs --check [repository root]    exit 1 when docs/asyncapi.yaml is not what it would write
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(here, '..', '..', '..'));
const target = path.join(root, 'docs', 'asyncapi.yaml');

const read = (...p) => fs.readFileSync(path.join(root, ...p), 'utf8');
const javadoc = (text) => text.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).join(' ')
  .replace(/\{@(?:code|link) ([^}]+)\}/g, '`$1`').replace(/\s+/g, ' ').trim();
// One Javadoc comment: /** … */ that does not run past its own end.
const DOC = String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\s*`;
const camel = (s) => s.replace(/[-.](\w)/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^\w/, (c) => c.toUpperCase());

// ---------------------------------------------------------------- event catalogue
const EVENTS_DIR = path.join('platform', 'events', 'src', 'main');
const topicsJava = read(EVENTS_DIR, 'java', 'vn', 'gov', 'pressinfo', 'events', 'Topics.java');
const topicConstants = {};
for (const m of topicsJava.matchAll(new RegExp(`${DOC}public static final String (\\w+) = "([^"]+)";`, 'g'))) {
  topicConstants[m[2]] = { name: m[3], doc: javadoc(m[1]) };
}
const topicOrder = /ALL = List\.of\(([^)]*)\)/.exec(topicsJava)[1].split(',').map((s) => s.trim());
const topics = topicOrder.map((c) => topicConstants[c]);

const eventsJava = read(EVENTS_DIR, 'java', 'vn', 'gov', 'pressinfo', 'events', 'Events.java');
const prefix = /PREFIX = "([^"]+)"/.exec(eventsJava)[1];
const imports = Object.fromEntries([...eventsJava.matchAll(/^import ([\w.]+)\.(\w+);/gm)].map((m) => [m[2], `${m[1]}.${m[2]}`]));
const eventConstants = {};
for (const m of eventsJava.matchAll(new RegExp(`${DOC}public static final EventType<\\w+> (\\w+) = new EventType<>\\(\\s*Topics\\.(\\w+),`
    + String.raw`\s*PREFIX \+ "([^"]+)",\s*(\w+)\.class,\s*"([^"]+)"\);`, 'g'))) {
  const [, doc, constant, topic, type, record, schemaPath] = m;
  const schema = JSON.parse(read(EVENTS_DIR, 'resources', schemaPath));
  const recordSource = read(EVENTS_DIR, 'java', ...`${imports[record]}.java`.replace(/\.(?=.*\.java$)/g, '/').split('/'));
  const key = /aggregateId\(\)\s*\{\s*return (\w+)\.toString\(\);/.exec(recordSource)?.[1];
  if (!key || !schema.properties[key]) throw new Error(`${record}.aggregateId() does not return a field of ${schemaPath}`);
  const fullType = prefix + type;
  eventConstants[constant] = {
    constant, topic: topicConstants[topic].name, type: fullType, doc: javadoc(doc), schema, schemaPath, key,
    name: fullType.slice(fullType.lastIndexOf('.', fullType.length - 4) + 1), // AgencyChanged.v1
  };
}
const allEvents = /ALL = List\.of\(([^)]*)\)/.exec(eventsJava)[1].split(',').map((s) => s.trim());
const events = allEvents.map((c) => {
  if (!eventConstants[c]) throw new Error(`Events.${c} is in Events.ALL but its declaration was not understood`);
  return eventConstants[c];
});

// ---------------------------------------------------------------- services
/** java.util.Properties-like parse, keeping the key order; profile keys (%dev.…) are skipped. */
function properties(file) {
  const result = new Map();
  if (!fs.existsSync(file)) return result;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trim();
    if (!line || line.startsWith('#') || line.startsWith('!') || line.startsWith('%')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m) result.set(m[1], m[2]);
  }
  return result;
}

/** The platform modules a module depends on, transitively (artifactId platform-x is platform/x). */
function platformModules(pom, seen = new Set()) {
  for (const m of fs.readFileSync(pom, 'utf8').matchAll(/<artifactId>platform-([\w-]+)<\/artifactId>/g)) {
    const dir = path.join(root, 'platform', m[1]);
    if (!seen.has(dir) && fs.existsSync(path.join(dir, 'pom.xml')) && path.join(dir, 'pom.xml') !== pom) {
      seen.add(dir);
      platformModules(path.join(dir, 'pom.xml'), seen);
    }
  }
  return seen;
}

function javaFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? javaFiles(path.join(dir, e.name))
    : e.name.endsWith('.java') ? [path.join(dir, e.name)] : []);
}

const serviceNames = fs.readdirSync(root).filter((d) => d.endsWith('-service') && fs.existsSync(path.join(root, d, 'pom.xml'))).sort();
const ORDER = ['registry-service', 'reporting-service', 'press-response-service', 'notification-service'];
serviceNames.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));

const services = serviceNames.map((name) => {
  const config = new Map();
  for (const dir of platformModules(path.join(root, name, 'pom.xml'))) {
    for (const [k, v] of properties(path.join(dir, 'src', 'main', 'resources', 'META-INF', 'microprofile-config.properties'))) config.set(k, v);
  }
  for (const [k, v] of properties(path.join(root, name, 'src', 'main', 'resources', 'application.properties'))) config.set(k, v);
  const channels = new Map();
  for (const [k, v] of config) {
    const m = /^mp\.messaging\.incoming\.([^.]+)\.topic$/.exec(k);
    if (!m || config.get(`mp.messaging.incoming.${m[1]}.enabled`) === 'false') continue;
    channels.set(m[1], {
      channel: m[1], topic: v, groupId: config.get(`mp.messaging.incoming.${m[1]}.group.id`) ?? name,
      dlq: config.get(`mp.messaging.incoming.${m[1]}.failure-strategy`) === 'dead-letter-queue'
        ? config.get(`mp.messaging.incoming.${m[1]}.dead-letter-queue.topic`) ?? `dead-letter-topic-${m[1]}` : null,
    });
  }
  const published = new Set();
  for (const file of javaFiles(path.join(root, name, 'src', 'main', 'java'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/\.publish(?:All)?\(\s*Events\.([A-Z0-9_]+)/g)) published.add(m[1]);
  }
  for (const c of published) if (!eventConstants[c]) throw new Error(`${name} publishes Events.${c}, which is not an event type`);
  return {
    name, id: camel(name), source: config.get('pressinfo.outbox.source') ?? `/pressinfo/${name}`,
    consumes: [...channels.values()],
    publishes: events.filter((e) => published.has(e.constant)),
  };
});
const producerOf = (event) => services.find((s) => s.publishes.includes(event));

// ---------------------------------------------------------------- topic configuration (Strimzi KafkaTopic)
const kafkaTopics = new Map();
const topicsYaml = path.join(root, 'deploy', 'k8s', 'base', 'kafka', 'topics.yaml');
if (fs.existsSync(topicsYaml)) {
  for (const doc of yaml.loadAll(fs.readFileSync(topicsYaml, 'utf8'))) {
    if (doc?.kind === 'KafkaTopic') kafkaTopics.set(doc.spec.topicName ?? doc.metadata.name, doc.spec);
  }
}
function channelBinding(topic) {
  const spec = kafkaTopics.get(topic);
  const binding = { topic };
  if (spec?.partitions) binding.partitions = spec.partitions;
  if (spec?.replicas) binding.replicas = spec.replicas;
  const config = {};
  if (spec?.config?.['cleanup.policy']) config['cleanup.policy'] = String(spec.config['cleanup.policy']).split(',');
  for (const k of ['retention.ms', 'retention.bytes', 'delete.retention.ms', 'max.message.bytes']) {
    if (spec?.config?.[k] !== undefined) config[k] = Number(spec.config[k]);
  }
  if (Object.keys(config).length) binding.topicConfiguration = config;
  binding.bindingVersion = '0.5.0';
  return { kafka: binding };
}

// ---------------------------------------------------------------- prose no source holds
/** Why each service reads each topic (service|topic). A subscription without an entry gets a plain sentence. */
const PURPOSE = {
  'reporting-service|registry.agencies.v1': 'Keeps its copy of the agency directory (platform-agency-directory) current: the agencies that report requests target.',
  'reporting-service|registry.spokespersons.v1': 'Keeps its spokesperson directory (appointments and authorizations) current, and feeds compliance scores with recorded regulations (RegulationRecorded) and attended trainings (TrainingAttended).',
  'reporting-service|press.events.v1': 'Prefills report drafts with rebuttals sent (RebuttalSent) and scores compliance with rebuttals and false information flagged (FalseInfoFlagged); other press events are skipped.',
  'reporting-service|registry.reorganisations.v1': 'Moves the open assignments of a predecessor agency to its successor (AgencyReorganized).',
  'press-response-service|registry.agencies.v1': 'Keeps its copy of the agency directory (platform-agency-directory) current: the agencies that cases concern.',
  'press-response-service|registry.spokespersons.v1': 'Keeps its spokesperson directory (appointments and authorizations) current: only the responsible agency\'s current spokesperson or head approves a rebuttal. On a channel and group of its own, keeps a read model of press cards (PressCardChanged: active, suspended, revoked) against which a journalist\'s card is checked when a press inquiry comes in.',
  'press-response-service|reporting.calendar.v1': 'Keeps its copy of the working-day calendar that reporting-service owns (calendar_day_reference: days off, worked weekend days, removed entries as ORDINARY; an older change of a day is ignored): every deadline counted in working days after a change uses it; deadlines already computed keep their dates.',
  'notification-service|registry.agencies.v1': 'Keeps its copy of the agency directory (platform-agency-directory) current. Agency snapshots are not notices.',
  'notification-service|registry.spokespersons.v1': 'Keeps its spokesperson directory (who receives an agency\'s notices) current, and notifies subscribers (email, webhook, in-app inbox) of spokesperson, authorization, regulation and training events by its routing rules.',
  'notification-service|registry.reorganisations.v1': 'Notifies subscribers of agency reorganisations by its routing rules.',
  'notification-service|reporting.events.v1': 'Notifies agencies and the department of report requests, deadlines (due soon, overdue), submissions and reviews; keeps the digest read model.',
  'notification-service|press.events.v1': 'Notifies agencies and the department of cases, rebuttals, corrections and escalations; keeps the digest read model.',
};

// ---------------------------------------------------------------- the document
const uuidFor = (text) => {
  const h = crypto.createHash('sha1').update(`pressinfo:${text}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const ref = (...p) => ({ $ref: `#/${p.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` });
const channelId = (topic) => camel(topic.replace(/\.v\d+$/, ''));
const dlqChannelId = (topic) => `${channelId(topic)}DeadLetter`;
const opName = (event) => event.name.replace(/\.v1$/, '').replace(/\.v(\d+)$/, 'V$1');
const topicLabel = (topic) => pascal(topic.replace(/\.v\d+$/, ''));

const consumersOf = (topic) => services.filter((s) => s.consumes.some((c) => c.topic === topic));
const list = (names) => names.length ? names.join(', ') : 'none';

const doc = {
  asyncapi: '3.0.0',
  id: 'urn:vn:gov:pressinfo:events',
  info: {
    title: 'PressInfo domain events',
    version: '1.0.0',
    description: [
      'The events that the PressInfo services exchange over Kafka. PressInfo is the system with which Vietnamese',
      'state agencies keep their press spokesperson registry (người phát ngôn và người được ủy quyền phát ngôn), file',
      'and track their periodic press-work reports (báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí) and',
      'rebut false information in the press (phản hồi, cải chính thông tin sai sự thật), following Decree',
      '09/2017/NĐ-CP and the Press Law 2016, while the provincial press management department oversees them.',
      '',
      '**Envelope** (docs/adr/0002-event-envelope.md): CloudEvents 1.0 in the',
      'Kafka binary content mode. The record value is the event data as JSON (UTF-8; Vietnamese text as is); the',
      'attributes travel as `ce_*` headers; the record key is the aggregate id (also `ce_subject`), so the events of',
      'one aggregate stay in order on one partition. Producers write events to a transactional outbox in the same',
      'database transaction as the change; a relay publishes them (idempotent producer, `acks=all`).',
      '',
      '**Consumers** deduplicate on `ce_id` (delivery is at least once), dispatch on `ce_type` and ignore types and',
      'fields they do not know. A breaking change to a payload is a new `.v2` type published alongside `.v1`. A',
      'record a consumer keeps failing on goes to the topic\'s `<topic>.dlq` companion and the partition moves on.',
      '',
      'Outside systems do not read Kafka: they receive the same CloudEvents as webhooks of notification-service',
      '(see docs/integrator-guide.md).',
    ].join('\n'),
    tags: [
      ...services.map((s) => ({ name: s.name, description: `Operations of ${s.name}.` })),
    ],
  },
  defaultContentType: 'application/json',
  servers: {
    production: {
      host: 'pressinfo-kafka-kafka-bootstrap:9092',
      protocol: 'kafka',
      description: 'The Strimzi Kafka cluster `pressinfo-kafka` inside the Kubernetes namespace of the suite '
        + '(`KAFKA_BOOTSTRAP_SERVERS` of the ConfigMap `pressinfo-common`). Topics are Strimzi `KafkaTopic` '
        + 'resources in deploy/k8s/base/kafka/topics.yaml.',
    },
    local: {
      host: '127.0.0.1:19092',
      protocol: 'kafka',
      description: 'The single broker of the local stack (deploy/local) and of the tests, which create every '
        + 'topic and its `.dlq` (`KafkaBroker.createSuiteTopics()`).',
    },
  },
  channels: {},
  operations: {},
  components: { schemas: {}, messages: {} },
};

// Schemas
doc.components.schemas.CloudEventHeaders = {
  type: 'object',
  description: 'CloudEvents 1.0 attributes as Kafka headers (binary content mode), written by EventEnvelope.toKafkaHeaders() '
    + 'when the outbox relay publishes an event. Header values are UTF-8 strings.',
  required: ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_subject', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents spec version.' },
    ce_id: { type: 'string', format: 'uuid', description: 'Unique id of the event; consumers deduplicate on it.' },
    ce_type: { type: 'string', pattern: '^vn\\.gov\\.pressinfo\\.[a-z]+\\.[A-Za-z]+\\.v[0-9]+$', description: 'Event type, `vn.gov.pressinfo.<service>.<Event>.v<N>`.' },
    ce_source: { type: 'string', format: 'uri-reference', description: 'The producing service, `/pressinfo/<service>`.' },
    ce_subject: { type: 'string', description: 'The aggregate id, equal to the record key.' },
    ce_time: { type: 'string', format: 'date-time', description: 'When the change happened (UTC, ISO 8601).' },
    'content-type': { type: 'string', const: 'application/json', description: 'Media type of the record value (the event data).' },
  },
};
for (const e of events) doc.components.schemas[e.name] = e.schema;

// Messages
for (const e of events) {
  const producer = producerOf(e);
  const source = producer?.source ?? '/pressinfo/unknown';
  const timeField = Object.entries(e.schema.properties)
    .filter(([k, v]) => v.format === 'date-time' && e.schema.required.includes(k) && !/Due/.test(k)).map(([k]) => k).pop();
  doc.components.messages[e.name] = {
    name: e.name,
    title: e.name.replace(/\.v\d+$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
    summary: e.doc,
    description: `${e.schema.description}\n\n\`ce_type\` \`${e.type}\`, key and \`ce_subject\`: \`${e.key}\`. `
      + `Payload schema: platform/events/src/main/resources/${e.schemaPath}; Java record: Events.${e.constant}.`,
    contentType: 'application/json',
    headers: {
      allOf: [
        ref('components', 'schemas', 'CloudEventHeaders'),
        {
          type: 'object',
          properties: {
            ce_type: { type: 'string', const: e.type },
            ce_source: { type: 'string', const: source },
          },
        },
      ],
    },
    payload: ref('components', 'schemas', e.name),
    bindings: {
      kafka: {
        key: { type: 'string', format: 'uuid', description: `The aggregate id: \`${e.key}\` of the payload.` },
        bindingVersion: '0.5.0',
      },
    },
    examples: (e.schema.examples ?? []).map((payload, i, all) => ({
      name: `${opName(e)}${all.length > 1 ? i + 1 : ''}`,
      summary: `Example from ${e.schemaPath}`,
      headers: {
        ce_specversion: '1.0',
        ce_id: uuidFor(`${e.type}#${i}`),
        ce_type: e.type,
        ce_source: source,
        ce_subject: String(payload[e.key]),
        ce_time: timeField ? payload[timeField] : '2026-11-22T02:30:00Z',
        'content-type': 'application/json',
      },
      payload,
    })),
  };
}

doc.components.messages.DeadLetter = {
  name: 'DeadLetter',
  title: 'Dead letter',
  summary: 'A record that a consumer gave up on, as it was on the source topic, with the reason.',
  description: 'Written by the consuming service through SmallRye\'s `dead-letter-queue` failure strategy after '
    + '`pressinfo.inbox.max-attempts` failed attempts (at once for a record that is not a valid CloudEvent or whose '
    + 'data does not parse). Key, value and the original headers are kept, so the value is normally one of the '
    + 'messages of the source topic, but it may be anything the source topic carried. See docs/runbook.md, '
    + '"Replay a dead-letter topic".',
  headers: {
    type: 'object',
    required: ['dead-letter-reason', 'dead-letter-topic', 'dead-letter-partition', 'dead-letter-offset'],
    properties: {
      'dead-letter-reason': { type: 'string', description: 'Why the consumer gave up (the message of the last failure).' },
      'dead-letter-cause': { type: 'string', description: 'The message of the failure\'s cause, when it had one.' },
      'dead-letter-topic': { type: 'string', description: 'The source topic.' },
      'dead-letter-partition': { type: 'string', description: 'The source partition (decimal).' },
      'dead-letter-offset': { type: 'string', description: 'The offset of the record in the source partition (decimal).' },
      ce_id: { type: 'string', description: 'Copied from the source record, when it had one.' },
      ce_type: { type: 'string', description: 'Copied from the source record, when it had one.' },
    },
  },
  payload: { description: 'The source record\'s value, unchanged (normally the JSON data of an event).' },
  bindings: { kafka: { key: { type: 'string', description: 'The source record\'s key.' }, bindingVersion: '0.5.0' } },
};

// Channels
for (const t of topics) {
  const onTopic = events.filter((e) => e.topic === t.name);
  const producers = [...new Set(onTopic.map((e) => producerOf(e)?.name).filter(Boolean))];
  const id = channelId(t.name);
  doc.channels[id] = {
    address: t.name,
    title: t.name,
    summary: t.doc,
    description: `${t.doc}\n\nPublished by ${list(producers)}; consumed by ${list(consumersOf(t.name).map((s) => s.name))}. `
      + `Record key: the aggregate id. Dead letters: \`${t.name}.dlq\`.`,
    messages: Object.fromEntries(onTopic.map((e) => [e.name, ref('components', 'messages', e.name)])),
    bindings: channelBinding(t.name),
  };
  const dlq = `${t.name}.dlq`;
  doc.channels[dlqChannelId(t.name)] = {
    address: dlq,
    title: dlq,
    summary: `Dead letters of ${t.name}.`,
    description: `Records of ${t.name} that a consumer gave up on, written by the consumer (`
      + `${list(consumersOf(t.name).map((s) => s.name))}), with the reason in \`dead-letter-reason\`. Operators read and `
      + 'replay them (docs/runbook.md); no service consumes this topic.',
    messages: { DeadLetter: ref('components', 'messages', 'DeadLetter') },
    bindings: channelBinding(dlq),
  };
}

// Operations
const eventsOfTopic = (topic) => events.filter((e) => e.topic === topic).map((e) => e.name);
for (const s of services) {
  for (const e of s.publishes) {
    doc.operations[`${s.id}_send${opName(e)}`] = {
      action: 'send',
      channel: ref('channels', channelId(e.topic)),
      title: `${s.name} sends ${e.name}`,
      summary: e.doc,
      description: `${s.name} publishes ${e.name} on ${e.topic} through its transactional outbox, in the same database `
        + `transaction as the change (\`ce_source\` \`${s.source}\`, key \`${e.key}\`).`,
      tags: [{ name: s.name }],
      messages: [ref('channels', channelId(e.topic), 'messages', e.name)],
    };
  }
  const byTopic = new Map();
  for (const c of s.consumes) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  for (const [topic, channels] of byTopic) {
    const groups = [...new Set(channels.map((c) => c.groupId))];
    const purpose = PURPOSE[`${s.name}|${topic}`] ?? `Consumes ${topic}.`;
    const description = `${s.name} ${purpose[0].toLowerCase()}${purpose.slice(1)}`;
    const how = channels.map((c) => `\`${c.channel}\` (group \`${c.groupId}\`)`).join(' and ');
    doc.operations[`${s.id}_receive${topicLabel(topic)}`] = {
      action: 'receive',
      channel: ref('channels', channelId(topic)),
      title: `${s.name} receives ${topic}`,
      summary: purpose.split(/(?<=\.) /)[0],
      description: `${description}\n\n${s.name} reads ${topic} through the incoming channel${channels.length > 1 ? 's' : ''} ${how}; `
        + 'idempotent per `ce_id`, unknown types and fields ignored. '
        + (eventsOfTopic(topic).length ? `Messages on the topic: ${eventsOfTopic(topic).join(', ')}.` : ''),
      tags: [{ name: s.name }],
      bindings: { kafka: { groupId: { type: 'string', enum: groups }, bindingVersion: '0.5.0' } },
    };
  }
  const dlqs = new Map();
  for (const c of s.consumes) if (c.dlq) dlqs.set(c.dlq, c.topic);
  for (const [dlq, topic] of dlqs) {
    if (!doc.channels[dlqChannelId(topic)] || doc.channels[dlqChannelId(topic)].address !== dlq) {
      throw new Error(`${s.name} writes dead letters of ${topic} to ${dlq}, not ${topic}.dlq`);
    }
    doc.operations[`${s.id}_send${topicLabel(topic)}DeadLetter`] = {
      action: 'send',
      channel: ref('channels', dlqChannelId(topic)),
      title: `${s.name} sends dead letters of ${topic}`,
      summary: `Records of ${topic} that ${s.name} gave up on.`,
      description: `${s.name} writes a record of ${topic} that keeps failing (or is not a valid event) to ${dlq}, `
        + 'through the `dead-letter-queue` failure strategy of its incoming channel, and moves on.',
      tags: [{ name: s.name }],
      messages: [ref('channels', dlqChannelId(topic), 'messages', 'DeadLetter')],
    };
  }
}

// ---------------------------------------------------------------- write or check
const header = `# AsyncAPI 3.0.0 description of every PressInfo domain event: one channel per Kafka topic and its .dlq,
# one message per event type, and what each service sends and receives.
#
# GENERATED by tools/api-checks/asyncapi/generate.mjs from platform/events (Events.java, Topics.java and the JSON
# Schemas under src/main/resources/schemas/, copied into components.schemas with their examples), the services'
# sources (outbox.publish calls) and application.properties (incoming channels), and
# deploy/k8s/base/kafka/topics.yaml. Do not edit by hand: change those sources (or the prose in the generator),
# then run \`cd tools/api-checks/asyncapi && npm ci && node generate.mjs\`.
# Checked by platform/events AsyncApiDocumentTest (against the code) and tools/api-checks (AsyncAPI parser, and
# \`generate.mjs --check\` for staleness).
`;
const text = header + yaml.dump(doc, { lineWidth: 120, noRefs: true, quotingType: "'" });

const relative = path.relative(root, target);
if (check) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${relative} is not what tools/api-checks/asyncapi/generate.mjs writes from the current sources: `
      + 'run `cd tools/api-checks/asyncapi && node generate.mjs` and commit the result.');
    process.exit(1);
  }
  console.log(`${relative} is current (${events.length} event types, ${topics.length} topics, ${Object.keys(doc.operations).length} operations)`);
} else {
  fs.writeFileSync(target, text);
  console.log(`wrote ${relative}: ${events.length} event types, ${topics.length} topics and their .dlq, ${Object.keys(doc.operations).length} operations`);
}
