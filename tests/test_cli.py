"""The `utah` command: sub-commands, diagnostics, exit statuses, output files."""
import os
import stat
import subprocess
import sys

import pytest

from utah import cli


def run_cli(capsys, *argv):
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.shx"
    path.write_text("let x = (1 + 2\nlet y = ;\n")
    return path


def test_version(capsys):
    assert run_cli(capsys, "version") == (0, "utah 0.1.0\n", "")
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == "utah 0.1.0\n"


@pytest.mark.parametrize("command", [[], ["compile"], ["run"], ["debug"], ["version"]])
def test_help(capsys, command):
    with pytest.raises(SystemExit) as exc:
        cli.main(command + ["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: utah")
    if command in (["compile"], ["debug"]):
        assert "-o OUT" in out and "--target {bash,posix}" in out


def test_missing_input_file_is_one_line(capsys, tmp_path):
    status, out, err = run_cli(capsys, "compile", str(tmp_path / "nope.shx"))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "nope.shx" in err and err.startswith("utah: error:")


def test_diagnostics_go_to_stderr_and_no_file_is_written(capsys, bad_file):
    status, out, err = run_cli(capsys, "compile", str(bad_file))
    assert status == 1 and out == ""
    assert f"{bad_file}:1:15: error: expected ')' to close '(' at 1:9\nlet x = (1 + 2\n" in err
    assert f"{bad_file}:2:9: error: expected an expression, found ';'\nlet y = ;\n        ^" in err
    assert not bad_file.with_suffix(".sh").exists()


def test_existing_output_is_left_untouched_on_error(capsys, bad_file, tmp_path):
    out_file = tmp_path / "keep.sh"
    out_file.write_text("old\n")
    status, _, _ = run_cli(capsys, "compile", str(bad_file), "-o", str(out_file))
    assert status == 1 and out_file.read_text() == "old\n"
    status, _, _ = run_cli(capsys, "debug", str(bad_file))
    assert status == 1 and not (tmp_path / "bad.debug.sh").exists()


def test_run_and_inline_code_report_errors(capsys, bad_file):
    status, out, err = run_cli(capsys, "run", str(bad_file))
    assert status == 1 and "error: expected ')'" in err
    status, out, err = run_cli(capsys, "-c", "let = 3")
    assert status == 1 and err.startswith("<command-line>:1:5: error:")


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["compile", "x.shx", "--target", "zsh"])
    assert exc.value.code == 2


def test_internal_error_is_caught(capsys, monkeypatch, tmp_path):
    src = tmp_path / "ok.shx"
    src.write_text('console.log("x")\n')

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")
    monkeypatch.setattr(cli, "compile_file", boom)
    status, out, err = run_cli(capsys, "compile", str(src))
    assert status == 70
    assert err == "utah: internal compiler error: RuntimeError: kaboom; please report this bug\n"


def test_ctrl_c_exits_130(capsys, monkeypatch, tmp_path):
    src = tmp_path / "ok.shx"
    src.write_text('console.log("x")\n')

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "compile_file", interrupted)
    status, out, err = run_cli(capsys, "run", str(src))
    assert status == 130 and "Traceback" not in err


def test_python_dash_m(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "utah", "version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "utah 0.1.0\n"
    proc = subprocess.run([sys.executable, "-m", "utah", "compile", str(tmp_path / "x.shx")],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr



def test_reader_gone_ends_quietly():
    """`utah version | true`: writing to a pipe nobody reads is no internal error."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "utah", "version"], stdout=write_end,
                              stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (cli.EXIT_BROKEN_PIPE, "")


# -------------------------------------------------- these need the whole compiler

def test_compile_writes_executable_script(capsys, tmp_path):
    src = tmp_path / "hello.shx"
    src.write_text('console.log("hello");\n')
    status, out, err = run_cli(capsys, "compile", str(src))
    assert status == 0, err
    script = tmp_path / "hello.sh"
    assert script.read_text().startswith("#!/usr/bin/env bash")
    assert os.stat(script).st_mode & stat.S_IXUSR
    status, _, err = run_cli(capsys, "compile", str(src), "-o", str(tmp_path / "p.sh"), "--target", "posix")
    assert status == 0, err
    assert (tmp_path / "p.sh").read_text().startswith("#!/bin/sh")
    proc = subprocess.run([str(script)], capture_output=True, text=True)
    assert proc.stdout == "hello\n"


def test_debug_output_name_and_comments(capsys, tmp_path):
    src = tmp_path / "d.shx"
    src.write_text('console.log("a");\n')
    status, _, err = run_cli(capsys, "debug", str(src))
    assert status == 0, err
    assert "# [shx:1]" in (tmp_path / "d.debug.sh").read_text()


def test_run_passes_arguments_stdin_and_status(tmp_path):
    src = tmp_path / "r.shx"
    src.write_text('let line: string = `$(cat)`;\nconsole.log(line);\nexit(3);\n')
    for target in ("bash", "posix"):
        proc = subprocess.run([sys.executable, "-m", "utah", "run", "--target", target, str(src)],
                              input="from stdin\n", capture_output=True, text=True)
        assert (proc.returncode, proc.stdout) == (3, "from stdin\n"), proc.stderr


def test_inline_code_with_arguments(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "utah", "-c", 'console.log("hi"); exit(4);', "--", "a"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (4, "hi\n"), proc.stderr
