-- The Convention's structure: 8 chapters, 71 articles, official titles in both languages.

CREATE TABLE chapter (
    number    INTEGER      PRIMARY KEY,
    roman     VARCHAR(5)   NOT NULL,
    title_zh  VARCHAR(200) NOT NULL,
    title_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_chapter_roman UNIQUE (roman),
    CONSTRAINT ck_chapter_number CHECK (number BETWEEN 1 AND 8)
);

CREATE TABLE article (
    number          INTEGER      PRIMARY KEY,
    chapter_number  INTEGER      NOT NULL REFERENCES chapter (number),
    title_zh        VARCHAR(300) NOT NULL,
    title_en        VARCHAR(300) NOT NULL,
    CONSTRAINT ck_article_number CHECK (number BETWEEN 1 AND 71)
);
CREATE INDEX ix_article_chapter ON article (chapter_number);
