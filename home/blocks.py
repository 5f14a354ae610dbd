"""StreamField blocks shared by the home page and the presentation pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Keep headings in order: a sub-heading follows a section."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)

    class Meta:
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "pick"
        label = _("Key figures")
        template = "home/blocks/key_figures.html"


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Principle"), max_length=160)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        label = _("Principle")


class PrinciplesBlock(blocks.StructBlock):
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    principles = blocks.ListBlock(PrincipleBlock(), label=_("Principles"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Principles")
        template = "home/blocks/principles.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        label = _("Question and answer")


class QuestionsBlock(blocks.StructBlock):
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "home/blocks/questions.html"


def milestone_choices():
    return [
        ("call_opens", _("The call for proposals opens")),
        ("call_closes", _("The call for proposals closes")),
        ("week_registration_closes", _("Open Government Week registration closes")),
        ("week_starts", _("The Open Government Week starts")),
        ("summit_starts", _("The summit starts")),
        ("summit_ends", _("The summit ends")),
    ]


class DatedTextBlock(blocks.StructBlock):
    """Text that announces a date: one version until that date of the summit
    calendar, another after it, so the page reads correctly at any time."""

    milestone = blocks.ChoiceBlock(
        label=_("Date of the summit calendar"), choices=milestone_choices
    )
    before = blocks.RichTextBlock(
        label=_("Text until that date"), features=RICH_TEXT_FEATURES
    )
    after = blocks.RichTextBlock(
        label=_("Text from that date on"), features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "date"
        label = _("Dated text")
        template = "home/blocks/dated_text.html"

    def get_context(self, value, parent_context=None):
        from home import calendar

        context = super().get_context(value, parent_context)
        passed = calendar.passed(value["milestone"])
        context["text"] = value["after"] if passed else value["before"]
        return context


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or external address"), required=False)
    shown_until = blocks.ChoiceBlock(
        label=_("Shown until"),
        choices=milestone_choices,
        required=False,
        help_text=_(
            "For an invitation to act (propose, register): hidden from that date "
            "of the summit calendar on."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"

    def get_context(self, value, parent_context=None):
        from home import calendar

        context = super().get_context(value, parent_context)
        until = value.get("shown_until")
        context["expired"] = bool(until) and calendar.passed(until)
        return context

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose either a page on this site or an external address.")
                    )
                }
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Required."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"


class LegalDetailsBlock(blocks.StructBlock):
    """Details of the legal information snippet, in the page's language; shows
    nothing until they are filled in, so visitors never see a placeholder."""

    part = blocks.ChoiceBlock(
        label=_("Details"),
        choices=[
            ("publisher", _("Publisher")),
            ("director", _("Director of publication")),
            ("host", _("Host")),
            ("controller", _("Data controller and contact for requests")),
        ],
    )

    class Meta:
        icon = "doc-full"
        label = _("Legal details")
        template = "home/blocks/legal_details.html"

    def get_context(self, value, parent_context=None):
        from home.models import LegalInformation

        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        locale_id = getattr(page, "locale_id", None)
        info = LegalInformation.for_locale(locale_id) if locale_id else None
        context["info"] = info if info and not info.missing() else None
        return context


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        template="home/blocks/paragraph.html",
    )
    key_figures = KeyFiguresBlock()
    principles = PrinciplesBlock()
    questions = QuestionsBlock()
    call_to_action = CallToActionBlock()
    dated_text = DatedTextBlock()
    legal_details = LegalDetailsBlock()
    image = ImageBlock()
