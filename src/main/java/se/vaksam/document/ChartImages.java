package se.vaksam.document;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Rasterises a chart's SVG to PNG (twice its size on paper at 96 dpi) for DOCX. */
final class ChartImages {

    private ChartImages() {
    }

    static byte[] png(Block.Chart chart) {
        return png(chart.svg(), chart.widthPt() * 96f / 72f * 2f);
    }

    /** Any SVG (a chart, a logo) as a PNG this many pixels wide. */
    static byte[] png(String svgText, float widthPx) {
        String svg = HtmlWriter.svgXml(svgText);
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, widthPx);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("chart cannot be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
