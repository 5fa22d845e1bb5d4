//! Paging: a `Stream` of typed pages following `@odata.nextLink` (and of their items), delta
//! queries that end on `@odata.deltaLink` (returned to the caller to resume from), and a
//! bound on the number of pages.
//!
//! A next link is an absolute URL: it is sent as a GET with the first request's headers
//! (`ConsistencyLevel`, `Prefer: odata.maxpagesize`, ...) and read with the same
//! `Collection<T>` response kind.

use crate::client::{Client, SendOptions};
use crate::error::Error;
use futures::stream::{self, Stream, StreamExt};
use msgraph_core::FromJson;
use msgraph_core::request::{Collection, Page, Request, RequestBody, ResponseKind};

/// How many pages a listing may fetch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLimit(pub usize);

impl Default for PageLimit {
    /// 1,000 pages.
    fn default() -> Self {
        PageLimit(1000)
    }
}

/// The result of a delta query followed to its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Delta<T> {
    /// The changes (items of every page).
    pub items: Vec<T>,
    /// `@odata.deltaLink`: pass it to [`Client::delta_from_link`] for the next round.
    pub delta_link: String,
}

enum Next {
    First(Box<Result<http::Request<Vec<u8>>, Error>>),
    Link(String),
    Done,
}

struct State {
    client: Client,
    next: Next,
    /// Headers to repeat on next-link requests.
    headers: http::HeaderMap,
    fetched: usize,
    limit: usize,
}

fn follow_headers(request: &http::Request<Vec<u8>>) -> http::HeaderMap {
    let mut h = request.headers().clone();
    h.remove(http::header::CONTENT_TYPE);
    h.remove(http::header::CONTENT_LENGTH);
    h
}

fn link_request(link: &str, headers: &http::HeaderMap) -> Result<http::Request<Vec<u8>>, Error> {
    let mut req = http::Request::builder()
        .method(http::Method::GET)
        .uri(link)
        .body(Vec::new())
        .map_err(|e| Error::Config(format!("next link `{link}`: {e}")))?;
    *req.headers_mut() = headers.clone();
    Ok(req)
}

impl State {
    async fn step<T: FromJson>(mut self) -> Option<(Result<Page<T>, Error>, State)> {
        let request = match std::mem::replace(&mut self.next, Next::Done) {
            Next::Done => return None,
            Next::First(r) => *r,
            Next::Link(link) => {
                if self.fetched >= self.limit {
                    let e = Error::PageLimit {
                        limit: self.limit,
                        next_link: link,
                    };
                    return Some((Err(e), self));
                }
                link_request(&link, &self.headers)
            }
        };
        let result = match request {
            Ok(r) => self.client.execute(r, SendOptions::GRAPH).await,
            Err(e) => Err(e),
        };
        let page = result.and_then(|raw| {
            Collection::<T>::parse(raw.status, &raw.headers, &raw.body).map_err(Error::from)
        });
        self.fetched += 1;
        if let Ok(Page {
            next_link: Some(link),
            ..
        }) = &page
        {
            self.next = Next::Link(link.clone());
        }
        Some((page, self))
    }
}

impl Client {
    /// The pages of a collection, following `@odata.nextLink`, at most [`PageLimit::default`]
    /// of them. An error ends the stream after it is yielded.
    pub fn pages<B: RequestBody, T: FromJson + Send + 'static>(
        &self,
        request: &Request<B, Collection<T>>,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + Send + 'static {
        self.pages_limited(request, PageLimit::default())
    }

    /// Like [`Client::pages`] with a bound: past `limit` pages the stream yields
    /// [`Error::PageLimit`] with the next link (to resume with [`Client::pages_from_link`]).
    pub fn pages_limited<B: RequestBody, T: FromJson + Send + 'static>(
        &self,
        request: &Request<B, Collection<T>>,
        limit: PageLimit,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + Send + 'static {
        let first = request.to_http().map_err(Error::from);
        let headers = first.as_ref().map(follow_headers).unwrap_or_default();
        self.page_stream(Next::First(Box::new(first)), headers, limit)
    }

    /// The pages from a saved next or delta link on (headers: the client's defaults).
    pub fn pages_from_link<T: FromJson + Send + 'static>(
        &self,
        link: impl Into<String>,
        limit: PageLimit,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + Send + 'static {
        self.page_stream(Next::Link(link.into()), http::HeaderMap::new(), limit)
    }

    fn page_stream<T: FromJson + Send + 'static>(
        &self,
        next: Next,
        headers: http::HeaderMap,
        limit: PageLimit,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + Send + 'static {
        let state = State {
            client: self.clone(),
            next,
            headers,
            fetched: 0,
            limit: limit.0,
        };
        stream::unfold(Some(state), |state| async move {
            let (item, state) = state?.step::<T>().await?;
            // After an error, stop: the next poll ends the stream.
            let state = item.is_ok().then_some(state);
            Some((item, state))
        })
    }

    /// The items of every page, in order.
    pub fn items<B: RequestBody, T: FromJson + Send + 'static>(
        &self,
        request: &Request<B, Collection<T>>,
    ) -> impl Stream<Item = Result<T, Error>> + Send + 'static {
        self.pages(request).flat_map(|page| match page {
            Ok(p) => stream::iter(p.value.into_iter().map(Ok).collect::<Vec<_>>()),
            Err(e) => stream::iter(vec![Err(e)]),
        })
    }

    /// Runs a delta query (a `delta()` request) to its end: every page's items and the final
    /// `@odata.deltaLink`.
    pub async fn delta<B: RequestBody, T: FromJson + Send + 'static>(
        &self,
        request: &Request<B, Collection<T>>,
        limit: PageLimit,
    ) -> Result<Delta<T>, Error> {
        collect_delta(self.pages_limited(request, limit)).await
    }

    /// The next round of a delta query, from the delta link of the previous one.
    pub async fn delta_from_link<T: FromJson + Send + 'static>(
        &self,
        delta_link: &str,
        limit: PageLimit,
    ) -> Result<Delta<T>, Error> {
        collect_delta(self.pages_from_link(delta_link, limit)).await
    }
}

async fn collect_delta<T>(
    pages: impl Stream<Item = Result<Page<T>, Error>>,
) -> Result<Delta<T>, Error> {
    let mut pages = std::pin::pin!(pages);
    let mut items = Vec::new();
    let mut delta_link = None;
    while let Some(page) = pages.next().await {
        let page = page?;
        items.extend(page.value);
        delta_link = page.delta_link;
    }
    match delta_link {
        Some(delta_link) => Ok(Delta { items, delta_link }),
        None => Err(Error::MissingDeltaLink),
    }
}
