-- An agenda item keeps files of its own, its annexes, even when it presents
-- no document and adopts no agreement. Agenda items have no key: a file
-- names the item by the number the store gave it.
ALTER TABLE record_files DROP CONSTRAINT record_files_owner_array_check;
ALTER TABLE record_files ADD CONSTRAINT record_files_owner_array_check
    CHECK (owner_array IN ('sessions', 'agenda_items', 'documents', 'convenios', 'agreements'));
