/**
 * Decoding a picture file the way a person sees it: upright, as its EXIF orientation tag asks, and
 * in the right colours, CMYK and YCCK JPEGs included.
 *
 * <p>{@link org.modelworkbench.imaging.Pictures} is the one entry point, used by the image-folder
 * import, the window's thumbnails and preview (through the services), training and prediction
 * input, and the report's grid of mistakes, so every path sees the same pixels. It lives in its own
 * module because those paths sit in modules that must not depend on each other, and the domain
 * module holds JDK-only records.
 */
package org.modelworkbench.imaging;
