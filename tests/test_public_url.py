"""The address students can reach (core/public_url.py): the configured one, else the request's host, else the
browser's; a host that names this computer is marked local."""

import pytest

from core.public_url import PublicBase, host_of, is_local, public_base, suggested_url


@pytest.mark.parametrize("host, local", [
    ("localhost", True), ("LOCALHOST", True), ("127.0.0.1", True), ("127.8.9.1", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", True), ("app.localhost", True),
    ("192.168.1.20", False), ("school.example", False), ("10.0.0.5", False), ("localhost.school.example", False),
])
def test_which_hosts_mean_this_computer(host, local):
    assert is_local(host) is local


@pytest.mark.parametrize("text, host", [
    ("http://localhost:8501/class_board", "localhost"), ("[::1]:8501", "::1"), ("School.Example:443", "school.example"),
    ("https://a.b/c?d=e", "a.b"), ("", ""),
])
def test_host_of(text, host):
    assert host_of(text) == host


def test_the_configured_address_comes_first():
    base = public_base("https://school.example/first-contact/", {"Host": "localhost:8501"}, "http://localhost:8501/x")
    assert base == PublicBase("https://school.example/first-contact", "configured", False)
    assert public_base("http://127.0.0.1:8501", {}, None).local


def test_the_proxys_host_then_the_requests_host():
    headers = {"host": "127.0.0.1:8501", "X-Forwarded-Host": "school.example, inner.proxy", "X-Forwarded-Proto": "https"}
    assert public_base(None, headers, None) == PublicBase("https://school.example", "request", False)
    assert public_base("", {"Host": "192.168.1.20:8501"}, "http://192.168.1.20:8501/class_board",
                       base_path="/fc/") == PublicBase("http://192.168.1.20:8501/fc", "request", False)
    assert public_base(None, {"Host": "localhost:8501"}, None) == PublicBase("http://localhost:8501", "request", True)
    assert public_base(None, {"Host": "x", "X-Forwarded-Proto": "javascript"}, None).url == "http://x"


def test_the_browsers_address_last_and_nothing_known():
    assert public_base(None, {}, "https://school.example:8443/class_board?class=A") == PublicBase(
        "https://school.example:8443", "browser", False)
    assert public_base(None, {}, None) == PublicBase("", "unknown", False)
    assert public_base(None, {}, "javascript:alert(1)") == PublicBase("", "unknown", False)


def test_a_local_address_gets_this_computers_network_address_suggested():
    local = PublicBase("http://localhost:8501/fc", "request", True)
    assert suggested_url(local, "192.168.1.20") == "http://192.168.1.20:8501/fc"
    assert suggested_url(local, None) is None
    assert suggested_url(PublicBase("http://school.example", "request", False), "192.168.1.20") is None
