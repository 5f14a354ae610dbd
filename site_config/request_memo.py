"""Answers remembered for the length of one request, the one memo style of
the project.

Several parts of a page ask the same question (which is the live programme
page in this language?); `remember(key, compute)` asks the database once per
request. Outside a request (shell, commands) nothing is remembered.

A question about one object (a page's ancestors, what a user may see) is
kept on that object: `kept_on(obj, name, compute)`. Pages and users are
loaded afresh for each request, so the answer lives as long as the request."""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("request_memo", default=None)


def remember(key, compute):
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def active():
    """Whether answers are remembered now (inside a request)."""
    return _memo.get() is not None


def kept_on(obj, name, compute):
    """`compute()`, worked out once per object and kept on it."""
    attribute = f"_kept_{name}"
    try:
        return vars(obj)[attribute]
    except KeyError:
        value = vars(obj)[attribute] = compute()
        return value


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
