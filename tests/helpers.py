from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    """The visible text of the page's main content, whitespace collapsed."""
    main = soup(response).find("main")
    return " ".join(main.get_text("").split())


def soup_any(response):
    """Parse a page whatever its status code (error pages)."""
    return BeautifulSoup(response.content, "html.parser")
