from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rumahsinggah.cli import main
from rumahsinggah.standards import (
    StandardsError,
    bundled_dir,
    get_registry,
    load_file,
    load_registry,
    reload_registry,
)

pytestmark = pytest.mark.both_engines

CODES = {"bjm-penerimaan-rs", "bjm-terminasi-rs", "banjar-gepeng", "babel-orang-terlantar",
         "pgk-tuna-susila"}


def test_all_five_bundled_standards_load_strictly():
    registry = load_registry([bundled_dir()], strict=True)
    assert {s.code for s in registry} == CODES
    assert registry.problems == []


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_standard_has_its_published_parts(code):
    std = load_registry([bundled_dir()]).require(code)
    assert std.title and std.agency.name and std.decree_number
    assert std.requirements and std.steps and std.products and std.complaints.channels
    assert std.fee == "Tidak dipungut biaya"
    for step in std.steps:
        assert step.role and step.text


def test_transcribed_values():
    reg = load_registry([bundled_dir()])
    rs = reg.require("bjm-penerimaan-rs")
    assert rs.decree_number == "080"
    assert (rs.time_limit.amount, rs.time_limit.unit) == (1, "days")
    assert (rs.residency.limit_days, rs.residency.warning_lead_days) == (21, 3)
    assert [s.role for s in rs.steps][2:5] == ["pramu_sosial", "pekerja_sosial", "kepala_bidang"]
    assert rs.health_requirements()[0].code == "sehat_jasmani"
    assert reg.termination_standard("bjm-penerimaan-rs").code == "bjm-terminasi-rs"
    assert [s.code for s in reg.intake_standards("panti")] == [
        "babel-orang-terlantar", "banjar-gepeng", "pgk-tuna-susila"]
    assert "bjm-terminasi-rs" not in [s.code for s in reg.intake_standards()]

    term = reg.require("bjm-terminasi-rs")
    basis = term.requirements[0]
    assert [a.basis for a in basis.any_of] == ["siap_pulang", "lewat_batas_tinggal",
                                               "dijemput_keluarga"]
    assert basis.is_met({"dijemput_keluarga": True}) and not basis.is_met({})
    assert term.complaints.response_time.unit == "working_days"

    pgk = reg.require("pgk-tuna-susila")
    assert (pgk.time_limit.amount, pgk.time_limit.unit, pgk.time_limit.counted_from) == (
        2, "working_days", "berkas_lengkap")
    assert pgk.decree_number == "08.a/KEP/SEKRT-DINSOS/I/2022"
    assert pgk.step("rujuk_rps").role == "ketua_rps"

    banjar = reg.require("banjar-gepeng")
    assert banjar.decree_number == "44 TAHUN 2024"
    assert banjar.time_limit.parts[0].amount == 30 and banjar.time_limit.parts[0].unit == "minutes"
    assert len(banjar.complaints.channels) == 7

    babel = reg.require("babel-orang-terlantar")
    paths = babel.requirements[0].any_of
    assert [p.path for p in paths] == ["A", "B"]
    assert babel.requirements[0].is_met({"surat_permohonan_pelapor": True})
    assert not babel.requirements[0].is_met({"surat_pengantar_daerah": True})
    assert babel.time_limit.amount == 7


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(bundled_dir() / name, target)
    return target


def test_bad_file_names_file_field_and_problem(tmp_path):
    bad = _copy(tmp_path, "pgk-tuna-susila.toml")
    text = bad.read_text().replace('unit = "working_days"', 'unit = "weeks"', 1)
    text = text.replace('role = "ketua_rps"', 'role = "lurah"')
    bad.write_text(text)
    with pytest.raises(StandardsError) as info:
        load_file(bad)
    problems = {(p.file, p.field) for p in info.value.problems}
    assert ("pgk-tuna-susila.toml", "time_limit.unit") in problems
    assert ("pgk-tuna-susila.toml", "steps[3].role") in problems
    assert "weeks" in info.value.message and "tidak dikenal" in info.value.message


def test_missing_field_and_broken_toml(tmp_path):
    missing = _copy(tmp_path, "banjar-gepeng.toml")
    missing.write_text(missing.read_text().replace('decree_number = "44 TAHUN 2024"\n', ""))
    broken = tmp_path / "rusak.toml"
    broken.write_text("code = [\n")
    with pytest.raises(StandardsError) as info:
        load_registry([tmp_path])
    text = str(info.value)
    assert "banjar-gepeng.toml: kolom 'decree_number': wajib diisi" in text
    assert "rusak.toml: berkas: bukan TOML yang sah" in text
    relaxed = load_registry([tmp_path], strict=False)
    assert len(relaxed) == 0 and len(relaxed.problems) == 2


def test_sixth_standard_from_config_dir_without_code_changes(monkeypatch, tmp_path):
    config = tmp_path / "config"
    (config / "standards").mkdir(parents=True)
    monkeypatch.setenv("RUMAHSINGGAH_CONFIG_DIR", str(config))
    sixth = (bundled_dir() / "banjar-gepeng.toml").read_text()
    sixth = sixth.replace('code = "banjar-gepeng"', 'code = "sby-gepeng"')
    sixth = sixth.replace('amount = 5\nunit = "days"', 'amount = 3\nunit = "working_days"')
    (config / "standards" / "surabaya.toml").write_text(sixth)
    registry = reload_registry()
    assert len(registry) == 6 and registry.require("sby-gepeng").time_limit.unit == "working_days"
    # A duplicate code is refused, not silently replacing the bundled one.
    (config / "standards" / "dup.toml").write_text(sixth)
    registry = reload_registry()
    assert [(p.file, p.field) for p in registry.problems] == [("surabaya.toml", "code")]
    assert get_registry() is registry


def test_cli_list_and_show(capsys):
    reload_registry()
    assert main(["standards", "list"]) == 0
    out = capsys.readouterr().out
    assert "bjm-penerimaan-rs" in out and "5 standar pelayanan" in out
    assert main(["standards", "show", "bjm-terminasi-rs"]) == 0
    out = capsys.readouterr().out
    assert "lebih dari 21 hari" in out and "Surat Penjamin" in out
    assert main(["standards", "show", "tidak-ada"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_standards_are_found_in_the_installed_layout(tmp_path):
    """In a wheel the resources sit in rumahsinggah/resources (hatch force-include)."""
    import subprocess
    import sys

    import rumahsinggah

    package = Path(rumahsinggah.__file__).parent
    target = tmp_path / "site" / "rumahsinggah"
    shutil.copytree(package, target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(bundled_dir(), target / "resources" / "standards")
    code = ("from rumahsinggah.standards import bundled_dir, load_registry;"
            "print(bundled_dir()); print(len(load_registry([bundled_dir()])))")
    out = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(tmp_path / "site")},
                         capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == str(target / "resources" / "standards") and out[1] == "5"


def test_cli_check_reports_good_and_bad_files(tmp_path, capsys):
    reload_registry()
    good = tmp_path / "kota-lain.toml"
    good.write_text((bundled_dir() / "banjar-gepeng.toml").read_text().replace(
        'code = "banjar-gepeng"', 'code = "kota-lain"'))
    assert main(["standards", "check", str(good)]) == 0
    assert "OK     kota-lain.toml: kota-lain" in capsys.readouterr().out
    bad = tmp_path / "rusak.toml"
    bad.write_text(good.read_text().replace("[time_limit]\namount = 5", "[time_limit]\namount = -5"))
    assert main(["standards", "check", str(bad)]) == 1
    assert "rusak.toml: kolom 'time_limit.amount': harus lebih besar dari nol" in (
        capsys.readouterr().out)
    clash = tmp_path / "clash.toml"
    clash.write_text((bundled_dir() / "banjar-gepeng.toml").read_text())
    assert main(["standards", "check", str(clash)]) == 1
    assert main(["standards", "folder"]) == 0
