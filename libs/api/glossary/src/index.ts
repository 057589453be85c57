// The public face of @commonground/api-glossary.
export * from './glossary.module';
export * from './term.service';
export * from './definition.service';
export * from './principle.service';
export * from './exchange.service';
export * from './dto/glossary.objects';
export * from './glossary.entities';
export { writeTurtle, writeJsonLd, writeCsv, readTurtle, readCsv, wordDiff, MAX_IMPORT_BYTES, type ExchangeTerm } from './exchange';
