"""The catalogue, one module per chapter, each defining EN = {key: text}. core/text.py merges them."""
