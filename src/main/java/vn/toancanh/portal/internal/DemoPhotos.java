package vn.toancanh.portal.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Placeholder photos for the demo's heritage sites, drawn rather than shipped: a sky, a yard and a temple roof with
 * upturned eaves, in colours that vary by site. Clearly drawings, so nobody takes them for the real places.
 */
final class DemoPhotos {

    static final int WIDTH = 960;
    static final int HEIGHT = 720;

    private DemoPhotos() {}

    static EncodedImage draw(long seed, boolean gate) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color sky = Color.getHSBColor(0.55f + random.nextFloat() * 0.08f, 0.35f, 0.95f);
        g.setPaint(new GradientPaint(0, 0, sky, 0, HEIGHT * 0.65f, Color.WHITE));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x6b8f4e));
        g.fillRect(0, (int) (HEIGHT * 0.72), WIDTH, HEIGHT);
        g.setColor(new Color(0xd9c7a0));
        g.fillPolygon(new Polygon(
                new int[] {WIDTH / 2 - 80, WIDTH / 2 + 80, WIDTH / 2 + 260, WIDTH / 2 - 260},
                new int[] {(int) (HEIGHT * 0.72), (int) (HEIGHT * 0.72), HEIGHT, HEIGHT},
                4));
        Color roof = Color.getHSBColor(0.02f + random.nextFloat() * 0.06f, 0.65f, 0.55f + random.nextFloat() * 0.2f);
        Color wall = new Color(0xf1e3c6);
        int w = gate ? 420 : 620;
        int left = (WIDTH - w) / 2;
        int base = (int) (HEIGHT * 0.72);
        g.setColor(wall);
        g.fillRect(left + 40, base - 170, w - 80, 170);
        g.setColor(new Color(0x7a2e1d));
        for (int c = 0; c < (gate ? 3 : 5); c++) {
            int x = left + 70 + c * (w - 140) / (gate ? 2 : 4);
            g.fillRect(x - 9, base - 170, 18, 170);
        }
        if (gate) {
            g.setColor(new Color(0x3b2417));
            g.fillRoundRect(WIDTH / 2 - 55, base - 130, 110, 130, 60, 60);
        }
        drawRoof(g, roof, left, base - 170, w, gate ? 90 : 120);
        if (!gate) {
            drawRoof(g, roof.darker(), left + 90, base - 300, w - 180, 90);
            g.setColor(wall);
            g.fillRect(left + 140, base - 215, w - 280, 50);
        }
        g.dispose();
        return new EncodedImage("image/jpeg", WIDTH, HEIGHT, PhotoEncoder.jpeg(image));
    }

    /** A tiled roof whose eaves curl up at both ends, as on northern Vietnamese pagodas and communal houses. */
    private static void drawRoof(Graphics2D g, Color colour, int left, int eave, int width, int height) {
        g.setColor(colour);
        g.fillPolygon(new Polygon(
                new int[] {
                    left - 40,
                    left + 30,
                    left + width / 2,
                    left + width - 30,
                    left + width + 40,
                    left + width - 10,
                    left + 10
                },
                new int[] {eave - 40, eave - height + 10, eave - height, eave - height + 10, eave - 40, eave, eave},
                7));
        g.setColor(colour.darker());
        g.fillRect(left + 30, eave - height - 6, width - 60, 12);
    }
}
