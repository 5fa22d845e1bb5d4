//! Large-file uploads through an upload session: `createUploadSession` gives an `uploadUrl`;
//! the content goes in chunks (a multiple of 320 KiB) as `PUT {uploadUrl}` with
//! `Content-Range: bytes {first}-{last}/{total}` and no `Authorization` header (the URL is
//! pre-authenticated, as Graph documents); after a failed chunk the upload resumes from the
//! first of the `nextExpectedRanges` that `GET {uploadUrl}` reports.

use crate::client::{Client, SendOptions};
use crate::error::Error;
use futures::future::BoxFuture;
use msgraph_core::FromJson;
use msgraph_core::request::{Entity, Request, RequestBody, ResponseKind};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// Chunk sizes must be multiples of this (320 KiB).
pub const CHUNK_UNIT: usize = 320 * 1024;
/// The largest chunk Graph accepts in one request (60 MiB).
pub const MAX_CHUNK: usize = 60 * 1024 * 1024;

/// Why an upload could not go on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UploadError {
    /// The chunk size is not a positive multiple of 320 KiB up to 60 MiB.
    ChunkSize(usize),
    /// Nothing to upload (sessions take at least one byte).
    Empty,
    /// The source could not be read.
    Read(String),
    /// The session's answer could not be read.
    Session(String),
    /// `nextExpectedRanges` is not `first-[last]` within the file.
    BadRange(String),
    /// The session expects nothing more, but its final answer was not received.
    NothingExpected,
    /// Chunks kept failing: the last failure, after this many resumes.
    ResumesExhausted {
        /// Resumes made.
        resumes: u32,
        /// The last failure.
        last: String,
    },
}

impl fmt::Display for UploadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadError::ChunkSize(n) => write!(
                f,
                "chunk size {n} is not a positive multiple of {CHUNK_UNIT} bytes (320 KiB) up to {MAX_CHUNK}"
            ),
            UploadError::Empty => write!(f, "nothing to upload"),
            UploadError::Read(m) => write!(f, "reading the upload source: {m}"),
            UploadError::Session(m) => write!(f, "upload session: {m}"),
            UploadError::BadRange(r) => write!(f, "unreadable nextExpectedRanges `{r}`"),
            UploadError::NothingExpected => write!(
                f,
                "the upload session expects no more bytes but did not confirm the upload"
            ),
            UploadError::ResumesExhausted { resumes, last } => {
                write!(f, "upload failed after {resumes} resumes: {last}")
            }
        }
    }
}

impl std::error::Error for UploadError {}

/// An upload session, as `createUploadSession` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadSession {
    /// Where the chunks go (pre-authenticated).
    pub upload_url: String,
    /// When the session expires.
    #[serde(default)]
    pub expiration_date_time: Option<String>,
    /// Byte ranges the service still needs (`"0-"`, `"327680-655359"`).
    #[serde(default)]
    pub next_expected_ranges: Vec<String>,
}

/// What `GET {uploadUrl}` reports.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadStatus {
    /// When the session expires.
    #[serde(default)]
    pub expiration_date_time: Option<String>,
    /// Byte ranges the service still needs.
    #[serde(default)]
    pub next_expected_ranges: Vec<String>,
}

/// How an upload goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadOptions {
    /// Bytes per `PUT`: a multiple of [`CHUNK_UNIT`] (default 10 × 320 KiB = 3.125 MiB).
    pub chunk_size: usize,
    /// How many times a failed chunk may be followed by a status request and a resume.
    pub max_resumes: u32,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            chunk_size: 10 * CHUNK_UNIT,
            max_resumes: 5,
        }
    }
}

/// Content to upload, read by ranges (a resume may go back).
pub trait UploadSource: Send {
    /// Total size in bytes.
    fn len(&self) -> u64;
    /// Whether there is nothing to upload.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `len` bytes from `offset`.
    fn read_at(&mut self, offset: u64, len: usize) -> BoxFuture<'_, std::io::Result<Vec<u8>>>;
}

fn slice_at(data: &[u8], offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
    usize::try_from(offset)
        .ok()
        .and_then(|start| data.get(start..start.checked_add(len)?))
        .map(<[u8]>::to_vec)
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "range past the end"))
}

impl UploadSource for &[u8] {
    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }
    fn read_at(&mut self, offset: u64, len: usize) -> BoxFuture<'_, std::io::Result<Vec<u8>>> {
        let r = slice_at(self, offset, len);
        Box::pin(async move { r })
    }
}

impl UploadSource for Vec<u8> {
    fn len(&self) -> u64 {
        Vec::len(self) as u64
    }
    fn read_at(&mut self, offset: u64, len: usize) -> BoxFuture<'_, std::io::Result<Vec<u8>>> {
        let r = slice_at(self, offset, len);
        Box::pin(async move { r })
    }
}

/// A file read by ranges.
#[derive(Debug)]
pub struct FileSource {
    file: tokio::fs::File,
    len: u64,
}

impl FileSource {
    /// Opens a file.
    pub async fn open(path: impl AsRef<Path>) -> std::io::Result<FileSource> {
        let file = tokio::fs::File::open(path).await?;
        let len = file.metadata().await?.len();
        Ok(FileSource { file, len })
    }
}

impl UploadSource for FileSource {
    fn len(&self) -> u64 {
        self.len
    }
    fn read_at(&mut self, offset: u64, len: usize) -> BoxFuture<'_, std::io::Result<Vec<u8>>> {
        use tokio::io::{AsyncReadExt, AsyncSeekExt};
        Box::pin(async move {
            self.file.seek(std::io::SeekFrom::Start(offset)).await?;
            let mut buf = vec![0; len];
            self.file.read_exact(&mut buf).await?;
            Ok(buf)
        })
    }
}

/// The start of the first range (`"327680-"` or `"327680-655359"`).
fn first_expected(ranges: &[String], total: u64) -> Result<Option<u64>, UploadError> {
    let Some(first) = ranges.first() else {
        return Ok(None);
    };
    let start = first.split('-').next().unwrap_or_default().trim();
    match start.parse::<u64>() {
        Ok(s) if s < total => Ok(Some(s)),
        _ => Err(UploadError::BadRange(first.clone())),
    }
}

/// Failures after which the upload asks where to resume (server-side and transient).
fn resumable(status: u16) -> bool {
    status >= 500 || status == 408 || status == 416
}

impl Client {
    /// Sends a `createUploadSession` request (any builder's) and reads the session.
    pub async fn create_upload_session<B: RequestBody, R: ResponseKind>(
        &self,
        request: &Request<B, R>,
    ) -> Result<UploadSession, Error> {
        let raw = self.send_raw(request).await?;
        if !(200..300).contains(&raw.status) {
            return Err(raw.graph_error());
        }
        serde_json::from_slice(&raw.body).map_err(|e| UploadError::Session(e.to_string()).into())
    }

    /// Where an upload stands: `GET {uploadUrl}` (no `Authorization`).
    pub async fn upload_status(&self, upload_url: &str) -> Result<UploadStatus, Error> {
        let request = http::Request::get(upload_url)
            .body(Vec::new())
            .map_err(|e| Error::Config(format!("upload URL: {e}")))?;
        let raw = self.execute(request, SendOptions::BARE).await?;
        if !(200..300).contains(&raw.status) {
            return Err(raw.graph_error());
        }
        serde_json::from_slice(&raw.body).map_err(|e| UploadError::Session(e.to_string()).into())
    }

    /// Cancels an upload session: `DELETE {uploadUrl}`.
    pub async fn cancel_upload(&self, upload_url: &str) -> Result<(), Error> {
        let request = http::Request::delete(upload_url)
            .body(Vec::new())
            .map_err(|e| Error::Config(format!("upload URL: {e}")))?;
        let raw = self.execute(request, SendOptions::BARE).await?;
        match raw.status {
            200..=299 => Ok(()),
            _ => Err(raw.graph_error()),
        }
    }

    /// Uploads `source` to a session's URL chunk by chunk, resuming after failures, and reads
    /// the final answer (the created item, e.g. `v1::DriveItem`, or `serde_json::Value`).
    pub async fn upload<T: FromJson>(
        &self,
        upload_url: &str,
        mut source: impl UploadSource,
        options: &UploadOptions,
    ) -> Result<T, Error> {
        let chunk = options.chunk_size;
        if chunk == 0 || !chunk.is_multiple_of(CHUNK_UNIT) || chunk > MAX_CHUNK {
            return Err(UploadError::ChunkSize(chunk).into());
        }
        let total = source.len();
        if total == 0 {
            return Err(UploadError::Empty.into());
        }
        let mut offset = 0u64;
        let mut resumes = 0u32;
        loop {
            let len = usize::try_from((total - offset).min(chunk as u64)).unwrap_or(chunk);
            let bytes = source
                .read_at(offset, len)
                .await
                .map_err(|e| UploadError::Read(e.to_string()))?;
            let last = offset + len as u64 - 1;
            let request = http::Request::put(upload_url)
                .header(
                    http::header::CONTENT_RANGE,
                    format!("bytes {offset}-{last}/{total}"),
                )
                .body(bytes)
                .map_err(|e| Error::Config(format!("upload URL: {e}")))?;
            let failure = match self.execute(request, SendOptions::BARE).await {
                Ok(raw) if raw.status == 200 || raw.status == 201 => {
                    return raw.parse::<Entity<T>>();
                }
                Ok(raw) if raw.status == 202 => {
                    let status: UploadStatus = serde_json::from_slice(&raw.body)
                        .map_err(|e| UploadError::Session(e.to_string()))?;
                    let next =
                        first_expected(&status.next_expected_ranges, total)?.unwrap_or(last + 1);
                    if next >= total {
                        return Err(UploadError::NothingExpected.into());
                    }
                    if next > offset {
                        offset = next;
                        continue;
                    }
                    // No progress: counts as a failure, so a stuck session ends.
                    Error::Upload(UploadError::BadRange(format!(
                        "the session still expects byte {next} after bytes {offset}-{last}"
                    )))
                }
                Ok(raw) if resumable(raw.status) => raw.graph_error(),
                Ok(raw) => {
                    return Err(raw.graph_error());
                }
                Err(e @ Error::Transport(_)) => e,
                Err(e) => return Err(e),
            };
            if resumes >= options.max_resumes {
                return Err(UploadError::ResumesExhausted {
                    resumes,
                    last: failure.to_string(),
                }
                .into());
            }
            resumes += 1;
            let status = self.upload_status(upload_url).await?;
            offset = first_expected(&status.next_expected_ranges, total)?
                .ok_or(UploadError::NothingExpected)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_ranges() {
        let r = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(first_expected(&r(&["327680-"]), 1000000), Ok(Some(327680)));
        assert_eq!(first_expected(&r(&["5-9", "20-"]), 100), Ok(Some(5)));
        assert_eq!(first_expected(&r(&[]), 100), Ok(None));
        assert!(first_expected(&r(&["x-"]), 100).is_err());
        assert!(first_expected(&r(&["100-"]), 100).is_err());
    }

    #[test]
    fn slices_out_of_range_are_errors() {
        assert_eq!(slice_at(b"abcdef", 2, 3).expect("in range"), b"cde");
        assert!(slice_at(b"abc", 2, 5).is_err());
        assert!(slice_at(b"abc", u64::MAX, 1).is_err());
    }
}
