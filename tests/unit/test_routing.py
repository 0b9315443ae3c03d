"""ft.TemplateRoute: Express-style templates, as Flet 0.25 matched them (through repath)."""

import pytest

import flet as ft
from flet.routing import template_pattern


@pytest.mark.parametrize(
    ("template", "route", "params"),
    [
        ("/books/:id", "/books/7", {"id": "7"}),
        ("/books/:id", "/books/7/", {"id": "7"}),  # a trailing slash is allowed
        ("/books/:id", "/books", None),
        ("/books/:id", "/books/7/pages", None),
        ("/books/:id", "/Books/7", None),  # case-sensitive
        ("/books/:id/", "/books/7", {"id": "7"}),
        ("/store", "/store", {}),
        ("/store", "/store/", {}),
        ("/", "/", {}),
        ("/a/:x?", "/a", {"x": None}),
        ("/a/:x?", "/a/1", {"x": "1"}),
        ("/u/:id(\\d+)", "/u/12", {"id": "12"}),
        ("/u/:id(\\d+)", "/u/ab", None),
        ("/p/:path*", "/p", {"path": None}),
        ("/p/:path*", "/p/a/b", {"path": "a/b"}),
        ("/p/:path+", "/p", None),
        ("/p/:path+", "/p/a/b", {"path": "a/b"}),
        ("/:name.:ext", "/f.txt", {"name": "f", "ext": "txt"}),
        ("/files/*", "/files/x/y", {}),
        ("/x/(\\d+)", "/x/5", {}),
        ("/esc\\:a/:b", "/esc:a/q", {"b": "q"}),
        ("/a/:b?/c", "/a/c", {"b": None}),
        ("/a/:b?/c", "/a/b/c", {"b": "b"}),
        ("/books/:id", "/books/7?tab=2", {"id": "7?tab=2"}),  # the query is part of the route
    ],
)
def test_templates_match_like_flet_0_25(template, route, params):
    found = template_pattern(template).match(route)
    assert (found.groupdict() if found else None) == params


def test_match_sets_parameters_as_attributes_and_a_failed_match_clears_them():
    route = ft.TemplateRoute("/books/42")
    assert route.match("/books/:id")
    assert route.id == "42"
    assert not route.match("/authors/:name")
    assert route.id is None
    assert route.match("/:section/:id") and (route.section, route.id) == ("books", "42")


def test_an_uncaptured_parameter_says_how_to_capture_it():
    route = ft.TemplateRoute("/books/42")
    route.match("/books/:id")
    with pytest.raises(AttributeError, match=r"match\('/books/:id'\)"):
        _ = route.book_id


def test_route_is_kept():
    assert ft.TemplateRoute("/x").route == "/x"


def test_query_string_of_a_route():
    query = ft.QueryString("/search?q=flet+app&page=2&empty=")
    assert query.path == "/search"
    assert query.to_dict == {"q": "flet app", "page": "2", "empty": ""}
    assert query.get("page") == "2"
    with pytest.raises(KeyError):
        query.get("missing")
