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


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or external address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"

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
    image = ImageBlock()
