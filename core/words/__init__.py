"""The catalogue, one module per chapter, each defining EN = {key: text} and ZH (Simplified Chinese, the same
keys and placeholders). core/text.py merges them."""
