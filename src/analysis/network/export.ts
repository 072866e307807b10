import { toCsr } from './csr.ts';
import type { NetworkAnalysis, NetworkGraph, NodeMetrics } from './types.ts';

/** Exports for Gephi and other graph tools: GEXF 1.2 and GraphML, with place attributes and computed metrics. */

type AttributeType = 'string' | 'integer' | 'double';

interface NodeAttribute {
  name: string;
  type: AttributeType;
  value: (v: number) => string | number | undefined;
}

const METRICS: { name: keyof NodeMetrics; type: AttributeType }[] = [
  { name: 'degree', type: 'integer' },
  { name: 'weightedDegree', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'closeness', type: 'double' },
  { name: 'eigenvector', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'coreNumber', type: 'integer' },
  { name: 'clustering', type: 'double' },
  { name: 'component', type: 'integer' },
  { name: 'community', type: 'integer' },
  { name: 'continentParticipation', type: 'double' },
  { name: 'interContinentalEdges', type: 'integer' },
  { name: 'internationalEdges', type: 'integer' },
];

// Characters XML 1.0 forbids outright, and UTF-16 surrogates without their pair.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element, replacing characters XML cannot carry by U+FFFD. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function formatValue(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  return escapeXml(value);
}

function attributesOf(graph: NetworkGraph, analysis?: NetworkAnalysis): NodeAttribute[] {
  if (analysis && analysis.nodes.length !== graph.nodes.length) {
    throw new Error(`analysis has ${analysis.nodes.length} nodes but the graph has ${graph.nodes.length}`);
  }
  const attributes: NodeAttribute[] = [
    { name: 'country', type: 'string', value: (v) => graph.nodes[v].countryCode },
    { name: 'continent', type: 'string', value: (v) => graph.nodes[v].continent },
    { name: 'label', type: 'string', value: (v) => graph.nodes[v].label ?? graph.nodes[v].id },
  ];
  if (analysis) {
    for (const metric of METRICS) {
      attributes.push({
        name: metric.name,
        type: metric.type,
        value: (v) => analysis.nodes[v][metric.name] as number,
      });
    }
  }
  return attributes;
}

export interface ExportOptions {
  /** Metrics to attach to the nodes (from `analyseNetwork` on the same graph). */
  analysis?: NetworkAnalysis;
  description?: string;
}

export function toGexf(graph: NetworkGraph, options: ExportOptions = {}): string {
  const g = toCsr(graph);
  const attributes = attributesOf(graph, options.analysis);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
  out.push(
    `  <meta><creator>Amity</creator><description>${escapeXml(options.description ?? 'Partnership network')}</description></meta>`,
  );
  out.push('  <graph defaultedgetype="undirected" mode="static">');
  out.push('    <attributes class="node" mode="static">');
  attributes.forEach((a, i) =>
    out.push(
      `      <attribute id="${i}" title="${a.name}" type="${a.type === 'integer' ? 'integer' : a.type}"/>`,
    ),
  );
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (let v = 0; v < g.n; v++) {
    const node = graph.nodes[v];
    out.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label ?? node.id)}">`);
    out.push('        <attvalues>');
    attributes.forEach((a, i) => {
      const value = a.value(v);
      if (value !== undefined) out.push(`          <attvalue for="${i}" value="${formatValue(value)}"/>`);
    });
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (let e = 0; e < g.m; e++) {
    out.push(
      `      <edge id="${e}" source="${escapeXml(g.ids[g.edgeSource[e]])}" target="${escapeXml(g.ids[g.edgeTarget[e]])}" weight="${g.edgeWeight[e]}"/>`,
    );
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

export function toGraphml(graph: NetworkGraph, options: ExportOptions = {}): string {
  const g = toCsr(graph);
  const attributes = attributesOf(graph, options.analysis);
  const graphmlType = (t: AttributeType) => (t === 'integer' ? 'int' : t);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  out.push(`  <desc>${escapeXml(options.description ?? 'Partnership network')}</desc>`);
  attributes.forEach((a, i) =>
    out.push(`  <key id="n${i}" for="node" attr.name="${a.name}" attr.type="${graphmlType(a.type)}"/>`),
  );
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push('  <graph id="partnerships" edgedefault="undirected">');
  for (let v = 0; v < g.n; v++) {
    out.push(`    <node id="${escapeXml(graph.nodes[v].id)}">`);
    attributes.forEach((a, i) => {
      const value = a.value(v);
      if (value !== undefined) out.push(`      <data key="n${i}">${formatValue(value)}</data>`);
    });
    out.push('    </node>');
  }
  for (let e = 0; e < g.m; e++) {
    out.push(
      `    <edge source="${escapeXml(g.ids[g.edgeSource[e]])}" target="${escapeXml(g.ids[g.edgeTarget[e]])}"><data key="weight">${g.edgeWeight[e]}</data></edge>`,
    );
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
