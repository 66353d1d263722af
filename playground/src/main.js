// The nhs-graph playground: GraphiQL built from npm packages by Vite and served by the graph from its own origin.
// Nothing here loads from the internet: the editor's workers come from graphiql/setup-workers/vite (bundled), never
// from esm.sh, and every request goes to the page's origin. Plain JavaScript: Vite bundles it, tsc does not see it.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { useGraphiQL } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { parse } from 'graphql';
import { createElement as h, StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** What the server tells the page: its GraphQL path, environment, example operations and, in embedded mode, personas. */
async function loadSettings() {
  const res = await fetch(new URL('playground/settings.json', document.baseURI));
  if (!res.ok) throw new Error(`settings.json answered ${res.status}`);
  return res.json();
}

/** Asks the graph's embedded sandbox for a bearer token of one test persona (embedded mode only). */
async function tokenFor(persona) {
  const res = await fetch(new URL('playground/token', document.baseURI), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `token answered ${res.status}`);
  return body.accessToken;
}

/**
 * GraphiQL works out the operation name from the editor a moment after a tab switch, so a quick Run can send the
 * previous tab's name ("Unknown operation named ..."). Keep the name only if the document defines it; a document with
 * one operation needs none.
 */
function withCurrentOperationName(params) {
  if (!params.operationName || typeof params.query !== 'string') return params;
  let names;
  try {
    names = parse(params.query).definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => d.name?.value);
  } catch {
    return params; // the server reports the syntax error
  }
  if (names.includes(params.operationName)) return params;
  const { operationName: _stale, ...rest } = params;
  return names.length === 1 ? rest : params;
}

function hasAuthorization(headers) {
  return Object.keys(headers ?? {}).some((k) => k.toLowerCase() === 'authorization');
}

/** Headers typed in the headers editor, saved per persona (this browser only), restored when the persona is chosen again. */
const HEADERS_KEY = 'nhs-graph:headers:';
function savedHeaders(persona) {
  return window.localStorage.getItem(HEADERS_KEY + (persona || 'anonymous'));
}
function saveHeaders(persona, text) {
  window.localStorage.setItem(HEADERS_KEY + (persona || 'anonymous'), text);
}

/** Puts the chosen persona's saved headers into the headers editor (inside GraphiQL, where its editor is reachable). */
function HeadersSync({ persona, fallback }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  useEffect(() => {
    if (!headerEditor) return;
    const text = savedHeaders(persona) ?? fallback ?? '';
    if (headerEditor.getValue() !== text) headerEditor.setValue(text);
  }, [persona, headerEditor, fallback]);
  return null;
}

/** What the last answer cost: the graph's x-upstream-calls and x-query-cost headers (sent outside production). */
function AnswerReport({ report }) {
  if (!report) return null;
  const parts = [];
  if (report.calls !== null) parts.push(`upstream calls: ${report.calls}`);
  if (report.cost !== null) parts.push(`query cost: ${report.cost}`);
  if (parts.length === 0) return null;
  return h('div', { className: 'nhs-answer-report', role: 'status' }, `Last answer: ${parts.join(' · ')}`);
}

function PersonaBar({ settings, persona, onChange, status }) {
  if (!settings.personas || settings.personas.length === 0) return null;
  return h(
    'div',
    { className: 'nhs-persona-bar' },
    h('label', { htmlFor: 'nhs-persona' }, 'Act as'),
    h(
      'select',
      { id: 'nhs-persona', value: persona, onChange: (e) => onChange(e.target.value) },
      h('option', { value: '' }, 'anonymous (no token)'),
      ...settings.personas.map((p) => h('option', { key: p.id, value: p.id }, p.label)),
    ),
    h('span', { className: 'nhs-persona-status', role: 'status' }, status),
  );
}

/**
 * What the graph's answers are made of, said on every page so that nobody takes the embedded stand-in's synthetic
 * patients for NHS data (the clinical safety case's hazard H10).
 */
const ENVIRONMENTS = {
  embedded: 'Embedded NHS stand-in: every patient here is synthetic test data, not an NHS record',
  sandbox: "NHS public sandbox: NHS England's fixed test data, not an NHS record",
  int: 'NHS integration environment: test patients only, not for care',
  prod: 'NHS production: real patient records; every read is audited',
};

function EnvironmentBanner({ environment }) {
  const text = ENVIRONMENTS[environment] ?? `NHS environment: ${environment}`;
  return h('div', { className: `nhs-environment nhs-environment-${environment}`, role: 'note' }, text);
}

function Playground({ settings }) {
  const [persona, setPersona] = useState('');
  const [token, setToken] = useState(null);
  const [status, setStatus] = useState('');
  const [report, setReport] = useState(null);
  // The persona whose headers the editor shows: its edits are saved under that persona.
  const personaRef = useRef('');

  const choose = async (id) => {
    personaRef.current = id;
    setPersona(id);
    setToken(null);
    if (!id) return setStatus('');
    setStatus('signing in…');
    try {
      setToken(await tokenFor(id));
      setStatus('signed in: requests carry this persona’s bearer token');
    } catch (error) {
      setStatus(`sign-in failed: ${error.message}`);
    }
  };

  const fetcher = useMemo(() => {
    // Reads the cost headers of each answer for the report line above the editor.
    const reportingFetch = async (input, init) => {
      const res = await fetch(input, init);
      setReport({ calls: res.headers.get('x-upstream-calls'), cost: res.headers.get('x-query-cost') });
      return res;
    };
    const base = createGraphiQLFetcher({ url: new URL(settings.endpoint, document.baseURI).toString(), fetch: reportingFetch });
    // A persona's token is added unless the headers editor already sets Authorization itself.
    return (params, options = {}) => {
      const headers = { ...(options.headers ?? {}) };
      if (token && !hasAuthorization(headers)) headers.authorization = `Bearer ${token}`;
      return base(withCurrentOperationName(params), { ...options, headers });
    };
  }, [settings.endpoint, token]);

  const headers = savedHeaders('') ?? settings.defaultHeaders ?? null;
  const tabs = settings.examples.map((e) => ({ query: e.query, variables: e.variables ?? null, headers }));
  // GraphiQL opens the first default tab's query but not its variables: hand those over too, on a first visit only
  // (afterwards GraphiQL restores the visitor's own tabs from local storage).
  const firstVisit = !window.localStorage.getItem('graphiql:tabs');
  return h(
    'div',
    { className: 'nhs-playground' },
    h(EnvironmentBanner, { environment: settings.environment }),
    h(PersonaBar, { settings, persona, onChange: choose, status }),
    h(AnswerReport, { report }),
    h(
      'div',
      { className: 'nhs-graphiql' },
      h(GraphiQL, {
        fetcher,
        onEditHeaders: (text) => saveHeaders(personaRef.current, text),
        defaultTabs: tabs,
        ...(firstVisit && tabs[0]?.variables ? { initialVariables: tabs[0].variables } : {}),
        defaultHeaders: headers ?? undefined,
        defaultEditorToolsVisibility: headers ? 'headers' : true,
        shouldPersistHeaders: false,
      }, h(GraphiQL.Footer, null, h(HeadersSync, { persona, fallback: settings.defaultHeaders }))),
    ),
  );
}

loadSettings().then(
  (settings) => createRoot(document.getElementById('playground')).render(h(StrictMode, null, h(Playground, { settings }))),
  (error) => {
    document.getElementById('playground').textContent = `The playground could not load its settings: ${error.message}`;
  },
);
