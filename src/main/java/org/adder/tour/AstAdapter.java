package org.adder.tour;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.AstDump;
import org.adder.ast.ModTy;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.parser.Parse;
import org.adder.tour.TourData.Field;
import org.adder.tour.TourData.Span;

/**
 * Adder's parser as the tour sees it: the tree for the later stages, and the tour's view of it,
 * with the fields {@code ast.dump} shows (an absent optional field left out) and each node's
 * position.
 */
final class AstAdapter {
    private AstAdapter() {
    }

    static Pipeline.Parsed parse(String source, String filename) {
        ModTy tree = Parse.parse(source, filename, "exec", false);
        Parse.checkAstDepth(tree); // the notebook's ast.parse
        return new Pipeline.Parsed(tree, new TourData.AstPart(view(tree), AstDump.dump(tree, true, false, 2)));
    }

    static TourData.AstNode view(org.adder.ast.AstNode node) {
        List<Field> fields = new ArrayList<>();
        List<String> names = node.fieldNames();
        for (int i = 0; i < names.size(); i++) {
            Object value = node.field(i);
            if (value != null) {
                fields.add(new Field(names.get(i), value(value)));
            }
        }
        Span pos = null;
        List<String> attributes = node.attributeNames();
        if (attributes.size() == 4) {
            pos = new Span(node.attribute(0), node.attribute(1), node.attribute(2), node.attribute(3));
        }
        return new TourData.AstNode(node.typeName(), pos, fields);
    }

    private static Object value(Object v) {
        if (v instanceof org.adder.ast.AstNode n) {
            return view(n);
        } else if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(value(o));
            }
            return out;
        } else if (v instanceof Enum<?> e) {
            // Load, Add, NotIn...: nodes without fields or positions
            return new TourData.AstNode(e.name(), null, List.of());
        } else if (v instanceof PyObject o) {
            return o.repr();
        } else if (v instanceof String s) {
            return PyStr.repr(s);
        }
        return v == null ? "None" : v.toString();
    }
}
