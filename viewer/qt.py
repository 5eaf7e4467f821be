"""Work-arounds for defects of the Qt binding, in one place.

PySide6 6.12.0 on Python 3.11 returns ``True`` from ``SignalInstance.emit`` without the reference
it owes: every emit from Python lowers True's reference count by one, and after a few thousand
(a progress signal per indexed file) the interpreter aborts ("bool_dealloc"). ``emit`` below
measures the defect once and gives the reference back; with a fixed binding, or on Python 3.12+
where True is immortal, it does nothing extra.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    signal = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    result = probe.signal.emit()
    del result
    stolen = sys.getrefcount(True) < before
    if stolen:
        _incref(True)  # give back what the probe itself cost
    return stolen


EMIT_STEALS_A_REFERENCE = _emit_steals_a_reference()


def emit(signal: SignalInstance, *args) -> None:
    """``signal.emit(*args)``, safe from the reference defect above. Use it for every emit."""
    result = signal.emit(*args)
    if EMIT_STEALS_A_REFERENCE:
        _incref(result)
