// Store defaults, kept free of imports so command-line help can show them without loading database drivers.
export const DEFAULT_DB_FILE = "./triangulate.db";
