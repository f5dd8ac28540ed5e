"""Run the engine: ``python -m llm_home_engine ...`` or ``python <this directory> ...``.

Run as a directory (how the integration starts its embedded engine), this file is
a top-level script: it first registers its own directory as the package
``llm_home_engine``, so the engine's modules keep their relative imports and none of
them can be shadowed by, or shadow, another top-level module.
"""

import sys

if __package__:
    from .cli import main
else:
    import importlib.util
    from pathlib import Path

    _HERE = Path(__file__).resolve().parent
    if sys.path and Path(sys.path[0]).resolve() == _HERE:
        del sys.path[0]
    _SPEC = importlib.util.spec_from_file_location(
        "llm_home_engine",
        _HERE / "__init__.py",
        submodule_search_locations=[str(_HERE)],
    )
    assert _SPEC is not None and _SPEC.loader is not None
    _PACKAGE = importlib.util.module_from_spec(_SPEC)
    sys.modules["llm_home_engine"] = _PACKAGE
    _SPEC.loader.exec_module(_PACKAGE)
    from llm_home_engine.cli import main  # type: ignore[import-not-found,no-redef]

if __name__ == "__main__":
    sys.exit(main())
