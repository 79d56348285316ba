"""`fs.*`: files and paths (runtime/fs.py). Text is read and written in the script's own
shell; a failing read, write, create, delete, chmod, chown or temp folder is an error
the program can catch, with the path in its message."""
from __future__ import annotations

from ... import ir
from ...ir import lit
from . import helper_array, helper_result, lowers, lowers_condition

# fs.name → (helper, leading fixed arguments, may fail)
_HELPERS = {
    "readFile": ("__utah_read_file", (), True),
    "writeFile": ("__utah_write_file", ("write",), True),
    "appendFile": ("__utah_write_file", ("append",), True),
    "createDirectory": ("__utah_mkdir", (), True),
    "delete": ("__utah_delete", (), True),
    "createTempFolder": ("__utah_temp_folder", (), True),
    "dirname": ("__utah_dirname", (), False),
    "filename": ("__utah_basename", (), False),
    "fileName": ("__utah_basename", (), False),
    "extension": ("__utah_extension", (), False),
    "path": ("__utah_path", (), False),
}
_VOID = {"writeFile", "appendFile", "createDirectory", "delete"}


@lowers(*(f"fs.{name}" for name in _HELPERS))
def simple(lw, args, call):
    name = call.callee.property
    helper, first, may_fail = _HELPERS[name]
    if name in _VOID:
        lw.use(helper)
        words = [lit(x) for x in first] + lw.argument_values(args)
        lw.emit_checked(ir.Cmd([lit(helper), *words]), may_fail=may_fail)
        return None
    return helper_result(lw, helper, args, *first, may_fail=may_fail)


@lowers("fs.chmod", "fs.chown")
def change(lw, args, call):
    """`chmod -- MODE P` / `chown -- OWNER[:GROUP] P` through `__utah_fs_change`."""
    words = lw.argument_values(args)
    path, setting = words[0], words[1]
    if call.callee.property == "chmod":
        verb, tool = "change the mode of", "chmod"
    else:
        verb, tool = "change the owner of", "chown"
        if len(words) > 2:
            setting = setting + lit(":") + words[2]
    lw.emit_checked(ir.Cmd([lit(lw.use("__utah_fs_change")), lit(verb), path, lit(tool),
                            lit("--"), setting]))
    return None


@lowers("fs.parentDirName")
def parent_dir_name(lw, args, call):
    from ..expr import Lowered
    parent = helper_result(lw, "__utah_dirname", args)
    return helper_result(lw, "__utah_basename", [Lowered(parent, args[0])])


@lowers_condition("fs.exists")
def exists(lw, args, call):
    return ir.Test("-e", lw.value(args[0]))


@lowers_condition("fs.copy", "fs.move", "fs.rename")
def copy_move(lw, args, call):
    tool = ["cp", "-R"] if call.callee.property == "copy" else ["mv", "-f"]
    src, dst = lw.argument_values(args)
    return ir.Cmd([*map(lit, tool), lit("--"), src, dst],
                  redirects=[ir.Redirect(">", lit("/dev/null"), fd=2)])


@lowers("fs.find")
def find(lw, args, call):
    return helper_array(lw, "__utah_find", lw.argument_values(args))
