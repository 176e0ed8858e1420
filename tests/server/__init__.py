"""The reference server: a local stand-in for Lightfield's Opportunity API on 127.0.0.1.

One module a concern: ``catalogue`` (the seeded definitions), ``validation`` (what a write may
say), ``storage`` (SQLite), ``limits`` (rate limits and fault knobs), ``app`` (the HTTP surface),
``process`` (starting it as a real process), ``__main__`` (the command line).
"""
