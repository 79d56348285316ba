"""json.* built-ins, property access on objects and JSON paths (LANGUAGE.md §9), proven
by compiling real programs and running them in bash (utah_run checks bash -n and
shellcheck on every one). Expected values are what Node.js prints for the same program."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import textwrap

import pytest

from utah_run import compile_ok, run

pytestmark = pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")


def out(source: str, **kw) -> str:
    r = run(source, **kw)
    assert r.status == 0, f"status {r.status}\nstderr:\n{r.stderr}\nscript:\n{r.script}"
    return r.stdout


def utah_str(text: str) -> str:
    """A Utah single-quoted literal holding `text` exactly (no interpolation)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def node_pretty(value) -> str:
    """JSON.stringify(value, null, 2) as Node writes it."""
    proc = subprocess.run(["node", "-e", "let s='';process.stdin.on('data',d=>s+=d).on('end',"
                           "()=>process.stdout.write(JSON.stringify(JSON.parse(s),null,2)))"],
                          input=json.dumps(value), capture_output=True, text=True, check=True)
    return proc.stdout


HOSTILE = ["two  spaces", "line\nbreak", 'say "hi"', "back\\slash", "$HOME $(id) `x`",
           "naïve ☃ 日本", "trailing\n\n", "*", "", "tab\there", "a.b[0]"]


# ------------------------------------------------------------------ parse/stringify

def test_parse_and_stringify_round_trip_numbers_booleans_nested():
    assert out("""
let o: object = json.parse('{"n": 1.5, "neg": -3, "big": 1e21, "t": true, "f": false, "z": null, "s": "x\\\\ny", "a": [1, "two", [3], {"four": 4}], "o": {"deep": {"er": [true]}}}');
console.log(json.stringify(o));
""") == ('{"n":1.5,"neg":-3,"big":1e+21,"t":true,"f":false,"z":null,"s":"x\\ny",'
         '"a":[1,"two",[3],{"four":4}],"o":{"deep":{"er":[true]}}}\n')


def test_parse_invalid_is_caught_with_its_message():
    text = out("""
for (let s of ["{bad", "", "1 2", "{'a': 1}", "[1,]"]) {
  try {
    let o: object = json.parse(s);
    console.log("parsed " + json.stringify(o));
  } catch (e) {
    console.log("caught: " + e);
  }
}
console.log("after");
""")
    lines = text.splitlines()
    assert len(lines) == 6 and lines[-1] == "after"
    for line in lines[:5]:
        assert line.startswith("caught: json.parse: invalid JSON"), line


def test_parse_invalid_uncaught_ends_the_script():
    r = run("""
console.log("before");
let o: object = json.parse("not json");
console.log("never");
""")
    assert r.status == 1
    assert r.stdout == "before\n"
    assert r.stderr.startswith("error: json.parse: invalid JSON")


def test_parse_error_inside_function_reaches_callers_catch():
    assert out("""
function load(text: string): object {
  let o: object = json.parse(text);
  console.log("loaded");
  return o;
}
try {
  load("{oops");
} catch (e) {
  console.log(e.startsWith("json.parse: invalid JSON") ? "caught in caller" : e);
}
""") == "caught in caller\n"


def test_is_valid():
    assert out("""
for (let s of ['{"a": 1}', "[1, 2]", '"str"', "42", "{bad", "", "1 2", "{'a':1}"]) {
  console.log(json.isValid(s));
}
if (json.isValid("{}") && !json.isValid("{")) { console.log("ok"); }
""") == "true\ntrue\ntrue\ntrue\nfalse\nfalse\nfalse\nfalse\nok\n"


def test_stringify_pretty_matches_node():
    value = {"name": "x y", "n": 3, "f": 2.5, "ok": True, "none": None, "list": [1, "two", [], {}],
             "nested": {"a": {"b": ["c"]}}, "empty": {}, "q": 'say "hi"\n'}
    src = f"""
let o: object = json.parse({utah_str(json.dumps(value))});
console.log(json.stringify(o, true));
let lit: object = {{ "name": "x y", "n": 3, "f": 2.5, "ok": true, "none": null,
  "list": [1, 2], "nested": {{ "a": {{ "b": ["c"] }} }}, "empty": {{}} }};
console.log(json.stringify(lit, true));
"""
    lit_value = {"name": "x y", "n": 3, "f": 2.5, "ok": True, "none": None, "list": [1, 2],
                 "nested": {"a": {"b": ["c"]}}, "empty": {}}
    assert out(src) == node_pretty(value) + "\n" + node_pretty(lit_value) + "\n"


def test_stringify_values_by_static_type():
    assert out("""
let s: string = 'a "q" \\\\ b\\nc';
let n: number = 0.1 + 0.2;
let b: boolean = true;
let xs: string[] = ["a b", "c\\"d"];
let ns: number[] = [1, 2.5, -3];
let pretty: boolean = true;
console.log(json.stringify(s));
console.log(json.stringify(n), json.stringify(b), json.stringify(ns));
console.log(json.stringify(xs));
console.log(json.stringify(xs, pretty));
console.log(json.stringify(s, true));
console.log(json.stringify({ "k": [1, { "x": false }] }, false));
""") == ('"a \\"q\\" \\\\ b\\nc"\n0.30000000000000004 true [1,2.5,-3]\n["a b","c\\"d"]\n'
         '[\n  "a b",\n  "c\\"d"\n]\n"a \\"q\\" \\\\ b\\nc"\n{"k":[1,{"x":false}]}\n')


# ------------------------------------------------------------------ reading

def test_get_into_string_array_keeps_hostile_elements_intact():
    src = f"""
let o: object = json.parse({utah_str(json.dumps({"files": HOSTILE}))});
let files: string[] = json.get(o, ".files");
console.log(files.length);
for (let f of files) {{
  console.log("[" + f + "]");
}}
"""
    assert out(src) == f"{len(HOSTILE)}\n" + "".join(f"[{h}]\n" for h in HOSTILE)


def test_get_converts_to_the_declared_type():
    assert out("""
let o: object = json.parse('{"a": {"b": [10, 2.5, "3"], "name": "Ann", "objs": [{"x": 1}, {"y": [2]}]}}');
let ns: number[] = json.get(o, ".a.b");
console.log(ns[0] + ns[1] + 1);
let objs: object[] = json.get(o, ".a.objs");
console.log(objs.length, objs[1]);
let inner: object = json.get(o, ".a");
console.log(json.getString(inner, ".name"));
let name: string = json.get(o, ".a.name");
console.log(name.toUpperCase());
let n: number = json.get(o, ".a.b[0]");
console.log(n * 2);
let missing: string[] = json.get(o, ".nope");
console.log(missing.length);
for (const v of json.get(o, ".a.b")) { console.log(`${v}!`); }
""") == "13.5\n2 {\"y\":[2]}\nAnn\nANN\n20\n0\n10!\n2.5!\n3!\n"


def test_typed_getters_and_missing_values_are_falsy():
    assert out("""
let o: object = json.parse('{"s": "text", "n": 42, "ns": "12", "b": true, "bs": "true", "z": null, "o": {"k": 1}}');
console.log(json.getString(o, ".s"), json.getString(o, ".n"), json.getString(o, ".o"));
console.log("[" + json.getString(o, ".missing") + "]", "[" + json.getString(o, ".z") + "]");
console.log(json.getNumber(o, ".n") + 1, json.getNumber(o, ".ns") + 1, json.getNumber(o, ".missing"));
console.log(json.getNumber(o, ".missing") || 7, json.getString(o, ".missing") || "dflt");
console.log(json.getBoolean(o, ".b"), json.getBoolean(o, ".bs"), json.getBoolean(o, ".missing"));
if (!json.getBoolean(o, ".nope")) { console.log("falsy"); }
console.log(json.getString(o, ".s.deeper.still"), json.getNumber(o, ".s[3]"));
""") == "text 42 {\"k\":1}\n[] []\n43 13 NaN\n7 dflt\ntrue true false\nfalsy\n NaN\n"


def test_get_array_and_values():
    assert out("""
let o: object = json.parse('{"tags": ["a b", "c"], "m": {"x": 1, "y": "two", "z": [3]}}');
let tags: string[] = json.getArray(o, ".tags");
console.log(tags.length, tags[0]);
let raw = json.getArray(o, ".tags");
console.log(raw[1]);
let vals = json.values(json.get(o, ".m"));
console.log(vals.length, vals[0], vals[1], vals[2]);
let none: string[] = json.getArray(o, ".missing");
console.log(none.length);
""") == '2 a b\nc\n3 1 two [3]\n0\n'


def test_keys_in_insertion_order_with_hostile_keys():
    keys = ["zeta", "alpha", "with space", "dot.ted", 'q"uote', "new\nline", "ü"]
    obj = {k: i for i, k in enumerate(keys)}
    src = f"""
let o: object = json.parse({utah_str(json.dumps(obj))});
let ks: string[] = json.keys(o);
console.log(ks.length);
for (let k of ks) {{ console.log("<" + k + ">"); }}
console.log(json.keys(json.parse("{{}}")).length);
"""
    assert out(src) == f"{len(keys)}\n" + "".join(f"<{k}>\n" for k in keys) + "0\n"


def test_has():
    assert out("""
let o: object = json.parse('{"a": {"b": null, "list": [1, 2]}, "dot.key": 1}');
let k = "dot.key";
console.log(json.has(o, ".a"), json.has(o, ".a.b"), json.has(o, ".a.c"), json.has(o, ".x.y"));
console.log(json.has(o, ".a.list[1]"), json.has(o, ".a.list[2]"), json.has(o, `.${k}`), json.has(o, '."dot.key"'));
""") == "true true false false\ntrue false true true\n"


# ------------------------------------------------------------------ writing

def test_set_converts_values_by_static_type():
    assert out("""
let o: object = {};
let names: string[] = ["a b", "c"];
let flag = false;
o = json.set(o, ".s", "text \\"q\\"");
o = json.set(o, ".n", 2.5);
o = json.set(o, ".i", 1 + 2);
o = json.set(o, ".b", flag);
o = json.set(o, ".nested", { "x": [1, "two", true], "y": { "z": null } });
o = json.set(o, ".arr", names);
o = json.set(o, ".deep.er.est", 1);
o = json.set(o, ".list", [1, 2]);
o = json.set(o, ".list[1]", 20);
o = json.set(o, ".list[3]", 40);
o = json.set(o, ".s", "replaced");
console.log(json.stringify(o));
""") == ('{"s":"replaced","n":2.5,"i":3,"b":false,"nested":{"x":[1,"two",true],"y":{"z":null}},'
         '"arr":["a b","c"],"deep":{"er":{"est":1}},"list":[1,20,null,40]}\n')


def test_parameterized_path_is_one_key_whatever_it_holds():
    keys = ["process-file1.txt", "a.b.c", "x[0]", 'q"uote', "back\\slash", "$(id)", "new\nline",
            "spa ce", "日本", ".lead", ""]
    src = f"""
let keys: string[] = [{", ".join(utah_str(k) for k in keys)}];
let o: object = {{}};
let i = 0;
for (let k of keys) {{
  o = json.set(o, `.${{k}}`, i);
  i++;
}}
console.log(json.keys(o).length);
for (let k of keys) {{
  console.log(json.getNumber(o, `.${{k}}`), json.has(o, `.${{k}}`));
}}
o = json.delete(o, `.${{keys[1]}}`);
console.log(json.keys(o).length, json.has(o, `.${{keys[1]}}`), json.has(o, '."a.b.c"'));
console.log(json.stringify(json.keys(o)));
"""
    expected = [str(len(keys))] + [f"{i} true" for i in range(len(keys))]
    expected += [f"{len(keys) - 1} false false", json.dumps(keys[:1] + keys[2:], ensure_ascii=False, separators=(",", ":"))]
    assert out(src) == "\n".join(expected) + "\n"


def test_template_path_mixes_literal_segments_and_keys():
    assert out("""
let results: object = { "process_results": {} };
for (let i: number = 1; i <= 2; i++) {
  let processKey: string = `process_${i}`;
  results = json.set(results, `.process_results.${processKey}`, { "items_processed": i * 10 });
}
let idx = 1;
let o: object = { "list": [{ "n": "zero" }, { "n": "one" }] };
console.log(json.stringify(results));
console.log(json.getString(o, `.list[${idx}].n`), json.getString(o, `.list.${idx}.n`));
let pre = "pro";
console.log(json.getNumber(results, `.${pre}cess_results.process_${idx}.items_processed`));
""") == ('{"process_results":{"process_1":{"items_processed":10},"process_2":{"items_processed":20}}}\n'
         'one one\n10\n')


def test_string_variable_path_is_split_at_run_time():
    assert out("""
let summary: object = { "status_codes": {}, "list": [5, 6] };
let codes: string[] = ["200", "404", "200", "200"];
for (let httpCode of codes) {
  let statusPath: string = `.status_codes.${httpCode}`;
  statusPath = statusPath + "";
  let statusCount: number = json.getNumber(summary, statusPath) || 0;
  summary = json.set(summary, statusPath, statusCount + 1);
}
console.log(json.stringify(summary));
let p = ".list.1";
let q = ".list[0]";
let r = '."a.b"';
summary = json.set(summary, r, "quoted");
console.log(json.getNumber(summary, p), json.getNumber(summary, q), json.getString(summary, r));
console.log(json.has(summary, p), json.has(summary, ".list.7"));
""") == '{"status_codes":{"200":3,"404":1},"list":[5,6]}\n6 5 quoted\ntrue false\n'


def test_hostile_values_round_trip_through_set_and_get():
    src = f"""
let values: string[] = [{", ".join(utah_str(h) for h in HOSTILE)}];
let o: object = {{}};
for (let i: number = 0; i < values.length; i++) {{
  o = json.set(o, `.v${{i}}`, values[i]);
  o[`w${{i}}`] = values[i];
}}
let back: string[] = [];
for (let i: number = 0; i < values.length; i++) {{
  let v: string = json.getString(o, `.v${{i}}`);
  let w: string = o[`w${{i}}`];
  if (v == values[i] && w == values[i]) {{
    back.push("same");
  }} else {{
    back.push("DIFF " + v);
  }}
}}
console.log(back.join(","));
let all: string[] = json.values(o);
console.log(all.length, all[2] == values[1]);
"""
    assert out(src) == ",".join(["same"] * len(HOSTILE)) + f"\n{2 * len(HOSTILE)} true\n"


def test_delete():
    assert out("""
let o: object = json.parse('{"a": {"b": 1, "c": 2}, "list": [1, 2, 3], "keep": true}');
o = json.delete(o, ".a.b");
o = json.delete(o, ".list[0]");
o = json.delete(o, ".missing.deeper");
o = json.delete(o, ".keep.not_an_object");
console.log(json.stringify(o));
""") == '{"a":{"c":2},"list":[2,3],"keep":true}\n'


def test_set_on_a_scalar_is_a_catchable_error():
    assert out("""
let o: object = { "n": 5 };
try {
  o = json.set(o, ".n.inner", 1);
  console.log("no error");
} catch (e) {
  console.log("caught: " + e);
}
console.log(json.stringify(o));
""") == 'caught: json.set: cannot set key "inner" on a number\n{"n":5}\n'


def test_merge_is_deep():
    assert out("""
let a: object = { "x": 1, "cfg": { "depth": 1, "keep": "yes" }, "list": [1] };
let b: object = json.parse('{"cfg": {"depth": 2, "new": true}, "list": [2], "y": "z"}');
console.log(json.stringify(json.merge(a, b)));
console.log(json.stringify(a));
""") == ('{"x":1,"cfg":{"depth":2,"keep":"yes","new":true},"list":[2],"y":"z"}\n'
         '{"x":1,"cfg":{"depth":1,"keep":"yes"},"list":[1]}\n')


# ------------------------------------------------------------------ property access

def test_property_access_reads_and_writes():
    assert out("""
let o: object = json.parse('{"a": {"b": "deep", "n": 4}, "k e y": [10, 20], "name": "Ann"}');
let key = "k e y";
let i = 1;
let b: string = o.a.b;
let n: number = o.a.n;
console.log(b, n + 1, o["name"], o[key][i]);
console.log(`hello ${o.name}, ${o.a}`);
if (o.name == "Ann") { console.log("equal"); }
o.a.b = "changed";
o["new key"] = [1, 2];
o[key] = { "x": true };
o.a.n += 1;
console.log(json.stringify(o));
let list: number[] = o["new key"];
console.log(list.length);
""") == ('deep 5 Ann 20\nhello Ann, {"b":"deep","n":4}\nequal\n'
         '{"a":{"b":"changed","n":5},"k e y":{"x":true},"name":"Ann","new key":[1,2]}\n2\n')


def test_object_is_a_value_assignment_copies():
    assert out("""
let a: object = { "x": 1 };
let b: object = a;
b.x = 2;
b = json.set(b, ".y", 3);
console.log(json.stringify(a), json.stringify(b));
""") == '{"x":1} {"x":2,"y":3}\n'


def test_interface_fields():
    assert out("""
interface Person { name: string; age: number; tags: string[]; }
let p: Person = json.parse('{"name": "Bo \\\\"B\\\\"", "age": 41, "tags": ["a b", "c"]}');
console.log(p.name, p.age + 1, p.tags.length, p.tags[0]);
p.age = 42;
console.log(json.stringify(p));
""") == 'Bo "B" 42 2 a b\n{"name":"Bo \\"B\\"","age":42,"tags":["a b","c"]}\n'


def test_json_values_in_text_and_comparisons():
    assert out("""
let o: object = json.parse('{"s": "text", "n": 1e-7, "big": 1e20, "z": null, "o": {"k": [1]}}');
let u = json.get(o, ".z");
let m = json.get(o, ".missing");
let s = json.get(o, ".s");
console.log(`${o.s}|${o.n}|${o.big}|${o.o}|${u}`);
console.log(u == null, m == null, s == "text", o.s === "text", "x" + o.s);
console.log(json.getString(o, ".n"), json.getString(o, ".big"));
""") == "text|1e-7|100000000000000000000|{\"k\":[1]}|null\ntrue true true true xtext\n1e-7 100000000000000000000\n"


def test_array_of_objects_elements_read_and_write():
    assert out("""
let queues: object[] = [{ "id": 1, "files": [] }, { "id": 2, "files": ["x"] }];
queues[1].id = 20;
queues[0].files = ["a b", "c"];
let files: string[] = queues[0].files;
console.log(queues[1].id, files.length, files[0], json.stringify(queues[0]));
for (let q of queues) { console.log(json.getNumber(q, ".id")); }
""") == '20 2 a b {"id":1,"files":["a b","c"]}\n1\n20\n'


def test_for_in_iterates_keys_and_for_of_values():
    assert out("""
let o: object = { "b": 1, "a": "two words", "c": { "d": true } };
for (let k in o) { console.log("key " + k); }
for (let v of o) { console.log("value " + v); }
for (let k in o.c) { console.log("inner " + k); }
""") == ('key b\nkey a\nkey c\nvalue 1\nvalue two words\nvalue {"d":true}\ninner d\n')


# ------------------------------------------------------------------ the guide's idioms

def test_guide_background_pids_keyed_by_task_names():
    assert out("""
function runInBackground(taskName: string, command: string): string {
  let pid: string = `$(${command} & echo $!)`;
  if (pid.trim() != "") {
    return pid;
  } else {
    return "";
  }
}

function waitForProcess(taskName: string, pid: string): boolean {
  let exitCode: string = `$(wait ${pid} 2>/dev/null; echo $?)`;
  if (exitCode == "0") {
    return true;
  } else {
    console.log(`Task ${taskName} failed with exit code: ${exitCode}`);
    return false;
  }
}

let files: string[] = ["file1.txt", "file2.txt", "file3.txt"];
let backgroundPids: object = {};

for (let file: string in files) {
  let taskName: string = `process-${file}`;
  let command: string = `sleep 0.1`;
  let pid: string = runInBackground(taskName, command);
  if (pid != "") {
    backgroundPids = json.set(backgroundPids, `.${taskName}`, pid);
  }
}

let taskNames: string[] = json.keys(backgroundPids);
let successCount: number = 0;

for (let taskName: string in taskNames) {
  let pid: string = json.getString(backgroundPids, `.${taskName}`);
  if (waitForProcess(taskName, pid)) {
    successCount++;
  }
}
console.log(taskNames.join(" "));
console.log(`Parallel processing completed: ${successCount}/${taskNames.length} tasks successful`);
""") == ("process-file1.txt process-file2.txt process-file3.txt\n"
         "Parallel processing completed: 3/3 tasks successful\n")


def test_guide_running_workers_keyed_by_pid():
    text = out("""
let runningWorkers: object = {};
let completedTasks: number = 0;
let failedTasks: number = 0;

function startWorker(task: string): string {
  let startTime: number = parseInt(`$(date +%s)`);
  let taskId: string = `task-${completedTasks + failedTasks + json.keys(runningWorkers).length + 1}`;
  let pid: string = `$(${task} & echo $!)`;
  if (pid.trim() != "") {
    runningWorkers = json.set(runningWorkers, `.${pid}`, {
      "task": task,
      "task_id": taskId,
      "start_time": startTime
    });
    return pid;
  }
  return "";
}

function checkCompletedWorkers(): void {
  let workerPids: string[] = json.keys(runningWorkers);
  for (let pid: string in workerPids) {
    let exitCode: string = `$(wait ${pid} 2>/dev/null; echo $?)`;
    let worker: object = json.get(runningWorkers, `.${pid}`);
    let task: string = json.getString(worker, ".task");
    let taskId: string = json.getString(worker, ".task_id");
    let startTime: number = json.getNumber(worker, ".start_time");
    let duration: number = parseInt(`$(date +%s)`) - startTime;
    if (exitCode == "0") {
      completedTasks++;
      console.log(`Worker ${taskId} (${task}) completed, ${duration >= 0}`);
    } else {
      failedTasks++;
      console.log(`Worker ${taskId} (${task}) failed (exit code: ${exitCode})`);
    }
    runningWorkers = json.delete(runningWorkers, `.${pid}`);
  }
}

startWorker("true");
startWorker("false");
console.log(json.keys(runningWorkers).length);
checkCompletedWorkers();
console.log(json.keys(runningWorkers).length, completedTasks, failedTasks);
""")
    assert text == ("2\nWorker task-1 (true) completed, true\n"
                    "Worker task-2 (false) failed (exit code: 1)\n0 1 1\n")


def test_guide_worker_queues_distribute_files():
    assert out("""
function distributeFiles(files: string[], numWorkers: number): object[] {
  let workerQueues: object[] = [];

  for (let i: number = 0; i < numWorkers; i++) {
    workerQueues.push({ "worker_id": i + 1, "files": [] });
  }

  for (let i: number = 0; i < files.length; i++) {
    let workerIndex: number = i % numWorkers;
    let workerQueue: object = workerQueues[workerIndex];
    let fileList: string[] = json.get(workerQueue, ".files");
    fileList.push(files[i]);
    workerQueues[workerIndex] = json.set(workerQueue, ".files", fileList);
  }

  return workerQueues;
}

let validFiles: string[] = ["a.txt", "b c.txt", "d\\"e.txt", "f.txt", "g.txt"];
let workerQueues: object[] = distributeFiles(validFiles, 2);
for (let queue: object in workerQueues) {
  let workerId: number = json.getNumber(queue, ".worker_id");
  let fileList: string[] = json.get(queue, ".files");
  if (fileList.length > 0) {
    console.log(`Starting worker ${workerId} with ${fileList.length} files: ${fileList.join("|")}`);
  }
}
console.log(json.stringify(workerQueues[1]));
""") == ('Starting worker 1 with 3 files: a.txt|d"e.txt|g.txt\n'
         'Starting worker 2 with 2 files: b c.txt|f.txt\n'
         '{"worker_id":2,"files":["b c.txt","f.txt"]}\n')


def test_guide_summary_counts_status_codes(tmp_path):
    for i, (code, ok, ms) in enumerate([("200", True, 10), ("404", False, 30), ("200", True, 20)]):
        (tmp_path / f"response-{i}.json").write_text(json.dumps(
            {"http_code": code, "success": ok, "time_total_ms": ms, "size_bytes": 100}))
    src = f"""
let resultsDir: string = {json.dumps(str(tmp_path))};
let urls: string[] = ["u1", "u2", "u3"];
let responseFiles: string[] = `$(find ${{resultsDir}} -name "response-*.json" -type f | sort)`.split("\\n");
let successCount: number = 0;
let errorCount: number = 0;
let totalTime: number = 0;
let totalSize: number = 0;

let summary: object = {{
  "total_requests": urls.length,
  "successful": 0,
  "failed": 0,
  "average_time_ms": 0,
  "total_size_bytes": 0,
  "status_codes": {{}}
}};

for (let responseFile: string in responseFiles) {{
  if (responseFile.trim() != "") {{
    let responseContent: string = fs.readFile(responseFile);
    let response: object = json.parse(responseContent);

    let isSuccess: boolean = json.getBoolean(response, ".success");
    let timeMs: number = json.getNumber(response, ".time_total_ms");
    let sizeBytes: number = json.getNumber(response, ".size_bytes");
    let httpCode: string = json.getString(response, ".http_code");

    if (isSuccess) {{
      successCount++;
    }} else {{
      errorCount++;
    }}

    totalTime += timeMs;
    totalSize += sizeBytes;

    let statusPath: string = `.status_codes.${{httpCode}}`;
    let statusCount: number = json.getNumber(summary, statusPath) || 0;
    summary = json.set(summary, statusPath, statusCount + 1);
  }}
}}

summary = json.set(summary, ".successful", successCount);
summary = json.set(summary, ".failed", errorCount);
summary = json.set(summary, ".average_time_ms", Math.round(totalTime / urls.length));
summary = json.set(summary, ".total_size_bytes", totalSize);

fs.writeFile(`${{resultsDir}}/summary.json`, json.stringify(summary, true));
console.log(fs.readFile(`${{resultsDir}}/summary.json`));
"""
    expected = {"total_requests": 3, "successful": 2, "failed": 1, "average_time_ms": 20,
                "total_size_bytes": 300, "status_codes": {"200": 2, "404": 1}}
    assert out(src) == node_pretty(expected) + "\n"


# ------------------------------------------------------------------ one jq per operation

JQ_OPERATIONS = """
let o: object = json.parse('{"a": {"b": [1, 2]}, "s": "x"}');
let xs: number[] = json.get(o, ".a.b");
let s: string = json.getString(o, ".s");
let n: number = json.getNumber(o, ".a.b[1]");
let key = "k.e.y";
o = json.set(o, `.${key}`, { "nested": [1, "two"] });
let p = ".a.b";
let ys: string[] = json.getArray(o, p);
let ks: string[] = json.keys(o);
let has = json.has(o, ".s");
o = json.delete(o, ".s");
let m: object = json.merge(o, { "z": 1 });
let pretty = json.stringify(m, true);
let compact = json.stringify(m);
let lit = json.stringify({ "a": [1, 2], "b": "c" });
let valid = json.isValid("{}");
let v: string = o.a.b[0];
o.a.c = 3;
for (let k in o) { }
console.log(xs.length, s, n, ys.length, ks.length, has, valid, v, compact.length > 0, lit);
"""
# parse get getString getNumber set getArray keys has delete merge stringify(pretty) isValid
# (12 json.* calls), o.a.b[0], o.a.c = 3, for-in keys; compact stringify and literals: none
JQ_COUNT = 15


def test_one_jq_process_per_json_operation(tmp_path):
    script = compile_ok(JQ_OPERATIONS)
    shim = tmp_path / "bin"
    shim.mkdir()
    log = tmp_path / "jq.log"
    real = shutil.which("jq")
    (shim / "jq").write_text(f'#!/bin/sh\necho call >> "{log}"\nexec "{real}" "$@"\n')
    (shim / "jq").chmod(stat.S_IRWXU)
    prog = tmp_path / "prog.sh"
    prog.write_text(script)
    env = dict(os.environ, PATH=f"{shim}:{os.environ['PATH']}")
    proc = subprocess.run(["bash", str(prog)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == '2 x 2 2 3 true true 1 true {"a":[1,2],"b":"c"}\n'
    assert log.read_text().count("call") == JQ_COUNT
    assert script.count("__utah_jq json.") == JQ_COUNT  # and none of them in a loop


def test_literals_and_compact_stringify_start_no_jq():
    script = compile_ok(textwrap.dedent("""
        let name = "x";
        let o: object = { "a": [1, 2], "name": name, "nested": { "t": true } };
        console.log(json.stringify(o), json.stringify(name), json.stringify([1, 2]));
    """))
    assert "__utah_jq" not in script and "jq " not in script
