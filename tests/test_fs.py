"""fs.* built-ins, run in bash: exact text, hostile names, catchable errors naming the path."""
from __future__ import annotations

import os

from test_semantics import out as ok
from utah_run import run


HOSTILE = "-we ird *'\\\"\\$x.txt"  # in Utah source: "-we ird *'\"\$x.txt"


def test_write_read_exact_text_with_hostile_name(tmp_path):
    src = f"""
let p = "{HOSTILE}";
fs.writeFile(p, "a\\n  b\\t*\\n\\n");
fs.appendFile(p, "c");
let s = fs.readFile(p);
console.log(`[${{s}}]`);
console.log(s.split("\\n").length);
"""
    assert ok(src, cwd=tmp_path) == "[a\n  b\t*\n\nc]\n4\n"
    assert (tmp_path / "-we ird *'\"$x.txt").read_bytes() == b"a\n  b\t*\n\nc"


def test_read_keeps_trailing_newlines_and_write_adds_none(tmp_path):
    (tmp_path / "in.txt").write_text("line\n\n\n")
    out = ok('fs.writeFile("out.txt", fs.readFile("in.txt")); fs.writeFile("empty", "");',
             cwd=tmp_path)
    assert out == ""
    assert (tmp_path / "out.txt").read_text() == "line\n\n\n"
    assert (tmp_path / "empty").read_text() == ""


def test_read_missing_file_is_caught_with_path(tmp_path):
    src = """
try {
  let s = fs.readFile("no such dir/f *.txt");
  console.log("unreachable " + s);
} catch (e) {
  console.log("caught: " + e);
}
"""
    assert ok(src, cwd=tmp_path) == \
        "caught: cannot read file 'no such dir/f *.txt': no such file or directory\n"


def test_read_missing_file_uncaught_exits_1(tmp_path):
    r = run('let s = fs.readFile("gone.txt"); console.log("no");', cwd=tmp_path)
    assert r.status == 1 and r.stdout == ""
    assert r.stderr == "error: cannot read file 'gone.txt': no such file or directory\n"


def test_read_directory_is_an_error(tmp_path):
    src = 'try { fs.readFile("."); } catch (e) { console.log(e); }'
    assert ok(src, cwd=tmp_path) == "cannot read file '.': is a directory\n"


def test_write_failure_in_function_propagates_to_try(tmp_path):
    src = """
function save(p: string): void {
  fs.writeFile(p, "x");
  console.log("not here");
}
try { save("missing/dir/f.txt"); } catch (e) { console.log(e); }
"""
    assert ok(src, cwd=tmp_path) == "cannot write file 'missing/dir/f.txt': no such directory\n"


def test_exists_create_delete_with_leading_dash(tmp_path):
    src = """
fs.createDirectory("-d/sub dir/deeper");
fs.createDirectory("-d/sub dir/deeper");
fs.writeFile("-d/sub dir/f.txt", "x");
console.log(fs.exists("-d/sub dir/f.txt"), fs.exists("-d/nope"));
fs.delete("-d");
fs.delete("-d");
console.log(fs.exists("-d"));
"""
    assert ok(src, cwd=tmp_path) == "true false\nfalse\n"


def test_create_directory_over_a_file_is_caught(tmp_path):
    (tmp_path / "plain").write_text("")
    src = 'try { fs.createDirectory("plain"); } catch (e) { console.log(e); }'
    assert ok(src, cwd=tmp_path) == "cannot create directory 'plain': a file of that name exists\n"


def test_copy_move_rename_return_booleans(tmp_path):
    (tmp_path / "a b.txt").write_text("A")
    src = """
console.log(fs.copy("a b.txt", "-c.txt"), fs.move("-c.txt", "m *.txt"),
            fs.rename("m *.txt", "r.txt"), fs.copy("missing", "x"), fs.move("missing", "y"));
console.log(fs.readFile("r.txt"), fs.exists("-c.txt"));
"""
    assert ok(src, cwd=tmp_path) == "true true true false false\nA false\n"


def test_path_helpers():
    src = """
console.log(fs.dirname("/a/b/c.txt"), fs.dirname("/a/b/"), fs.dirname("c.txt"), fs.dirname("/"));
console.log(fs.filename("/a/b/c.tar.gz"), fs.fileName("dir/"), fs.filename("-x y"));
console.log(`[${fs.extension("a/b.tar.gz")}] [${fs.extension(".bashrc")}] [${fs.extension("Makefile")}] [${fs.extension("dir.d/file")}]`);
console.log(fs.parentDirName("/srv/logs/app.log"), fs.parentDirName("app.log"));
console.log(fs.path("a/", "/b", "", "c d.txt"), fs.path("/root", "x"));
"""
    assert ok(src) == "/a/b /a . /\nc.tar.gz dir -x y\n[gz] [] [] []\nlogs .\na/b/c d.txt /root/x\n"


def test_find_is_newline_and_glob_safe(tmp_path):
    d = tmp_path / "-data dir"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("")
    (d / "sub" / "new\nline.txt").write_text("")
    (d / "sub" / "*.log").write_text("")
    src = """
let all = fs.find("-data dir");
console.log(all.length);
let txt: string[] = fs.find("-data dir", "*.txt");
for (let f of txt) { console.log(`<${f}>`); }
console.log(fs.find("nowhere").length);
"""
    assert ok(src, cwd=tmp_path) == "3\n<-data dir/a.txt>\n<-data dir/sub/new\nline.txt>\n0\n"


def test_chmod_and_chown(tmp_path):
    (tmp_path / "s.sh").write_text("")
    src = """
fs.chmod("s.sh", 755);
fs.chmod("s.sh", "u-x");
try { fs.chmod("none", "644"); } catch (e) { console.log(e); }
try { fs.chown("none", "root"); } catch (e) { console.log(e); }
try { fs.chown("s.sh", "no-such-user-xyz"); } catch (e) { console.log(e); }
"""
    out = ok(src, cwd=tmp_path).splitlines()
    assert out[:2] == ["cannot change the mode of 'none': no such file or directory",
                       "cannot change the owner of 'none': no such file or directory"]
    # the reason is chown's own ("invalid user: 'no-such-user-xyz'" from GNU coreutils)
    assert out[2].startswith("cannot change the owner of 's.sh': ") and "no-such-user-xyz" in out[2]
    assert os.stat(tmp_path / "s.sh").st_mode & 0o777 == 0o655


def test_create_temp_folder(tmp_path):
    src = """
let t = fs.createTempFolder("job", "base dir");
console.log(fs.filename(t).startsWith("job."), fs.dirname(t));
fs.writeFile(fs.path(t, "x"), "1");
let d = fs.createTempFolder();
console.log(fs.exists(d));
fs.delete(d);
try { fs.createTempFolder("p", "no/such"); } catch (e) { console.log(e); }
"""
    (tmp_path / "base dir").mkdir()
    assert ok(src, cwd=tmp_path) == \
        "true base dir\ntrue\ncannot create a temporary folder in 'no/such': no such directory\n"


def test_guide_task_file_idiom(tmp_path):
    (tmp_path / "tasks.txt").write_text("sleep 1\necho hi\n\n")
    src = """
let taskFile = "tasks.txt";
if (!fs.exists(taskFile)) { console.log("missing"); exit(1); }
let taskContent: string = fs.readFile(taskFile);
let tasks: string[] = taskContent.trim().split("\\n");
console.log(tasks.length);
fs.createDirectory("logs");
fs.writeFile(`logs/${fs.filename(taskFile)}.json`, "{}");
console.log(fs.readFile("logs/tasks.txt.json"));
"""
    assert ok(src, cwd=tmp_path) == "2\n{}\n"
