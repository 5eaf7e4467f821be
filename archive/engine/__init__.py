"""The search engine: the Whoosh index and its schema (index), queries (search), the fast path
of ranked queries over Whoosh's own files (vector_query, posting_columns, facet_columns), the
merging of segments off the path of index runs (merging), and the one seam where Whoosh's
insides are touched (whoosh_internals). Nothing here knows of files on disk or their formats
beyond what a record says."""
