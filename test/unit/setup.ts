// The import's and the workbench's messages, as their chunks and the import worker register them.
import '../../src/core/tool-messages';
