package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.adder.parser.gen.ParserGenerator;
import org.junit.jupiter.api.Test;

/** GeneratedParser.java is exactly what the generator makes of python.gram today. */
class GeneratedParserTest {
    @Test
    void upToDate() throws IOException {
        String grammar = Files.readString(ParserGenerator.GRAMMAR, StandardCharsets.UTF_8);
        String committed = Files.readString(ParserGenerator.OUTPUT, StandardCharsets.UTF_8);
        assertEquals(ParserGenerator.generate(grammar), committed,
                "GeneratedParser.java is stale: run org.adder.parser.gen.ParserGenerator");
    }
}
