"""The footer's links to the legal pages of the visitor's language."""

from django import template
from django.contrib.contenttypes.models import ContentType

from home.navigation import home_children, home_for

from ..models import LegalPage

register = template.Library()


@register.inclusion_tag("presentation/includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context.get("request")
    home = home_for(request, page=context.get("page"))
    legal = ContentType.objects.get_for_model(LegalPage).pk
    pages = [
        page for page in home_children(request, home) if page.content_type_id == legal
    ]
    return {"pages": pages, "request": request}
