package org.pupilsupport.core.cases;

/** An attachment's content with the name and type to serve it under. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
