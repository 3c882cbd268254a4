-- Validation rules over a report's values (DHIS2's validation rules): left expression, operator, right expression,
-- importance and the message shown. A rule applies to every report form that has all the items it names.
CREATE TABLE validation_rule (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             varchar(50)   NOT NULL UNIQUE,
    name             varchar(300)  NOT NULL,
    left_expression  varchar(2000) NOT NULL,
    operator         varchar(20)   NOT NULL CHECK (operator IN ('EQUAL', 'NOT_EQUAL', 'GREATER', 'GREATER_OR_EQUAL',
                                                                'LESS', 'LESS_OR_EQUAL', 'COMPULSORY_PAIR',
                                                                'EXCLUSIVE_PAIR')),
    right_expression varchar(2000) NOT NULL,
    -- ERROR blocks a submission; WARNING needs a comment explaining it
    importance       varchar(10)   NOT NULL CHECK (importance IN ('ERROR', 'WARNING')),
    message          varchar(500)  NOT NULL,
    active           boolean       NOT NULL DEFAULT true,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now()
);
