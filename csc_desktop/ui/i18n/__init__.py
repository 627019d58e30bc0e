"""Translations: the interface language's translators (switched at run time), Qt's own standard
words in our languages, and the core's English messages shown in the interface language.

The words themselves live in ``translations/*.ts``; ``docs/translating.md`` tells how they are
found, translated and compiled."""
