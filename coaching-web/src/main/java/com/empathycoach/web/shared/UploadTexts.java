package com.empathycoach.web.shared;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** Every text an upload field shows (its button, drop hint, errors and progress) in the page's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Sets the upload's texts from the translations and returns it. */
    public static Upload translated(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addFiles.one"))
                        .setMany(t(upload, "upload.addFiles.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropFiles.one"))
                        .setMany(t(upload, "upload.dropFiles.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.tooManyFiles"))
                        .setFileIsTooBig(t(upload, "upload.error.fileIsTooBig"))
                        .setIncorrectFileType(t(upload, "upload.error.incorrectFileType")))
                .setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                        .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                                .setStalled(t(upload, "upload.status.stalled"))
                                .setProcessing(t(upload, "upload.status.processing"))
                                .setHeld(t(upload, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(upload, "upload.remaining.prefix"))
                                .setUnknown(t(upload, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "upload.failed.serverUnavailable"))
                                .setUnexpectedServerError(t(upload, "upload.failed.unexpected"))
                                .setForbidden(t(upload, "upload.failed.forbidden"))
                                .setFileTooLarge(t(upload, "upload.error.fileIsTooBig"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
