from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_tool_choice_mode import (
    ChatToolChoiceMode,
    check_chat_tool_choice_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_response_format_json_object import ChatResponseFormatJsonObject
    from ..models.chat_response_format_json_schema import ChatResponseFormatJsonSchema
    from ..models.chat_response_format_text import ChatResponseFormatText
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool import ChatTool
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.json_object import JsonObject
    from ..models.mcp_servers import McpServers
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """An OpenAI-compatible chat completion request, plus the ChatServer extensions
    (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`, `allowed_tools`,
    `setting_sources`, `mcp_servers`) at the top level.

    Every field is listed here. Any other field, including those of OpenAI's API this server does
    not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`, `audio`,
    `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
    arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
    naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
    together are refused as OpenAI refuses them: `400` with code
    `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
    `stream: true` (a 400 naming `stream_options`).

    """

    model: str
    """ The model's id (see `list_models`). """
    messages: list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage]
    temperature: float | Unset = 1.0
    top_p: float | Unset = 1.0
    max_tokens: int | Unset = UNSET
    """ The most tokens to generate (OpenAI's older name of `max_completion_tokens`). """
    max_completion_tokens: int | Unset = UNSET
    """ The most tokens to generate: an answer that reaches it is cut there with finish reason
    `length`. Exactly the same as `max_tokens`; give one of the two.
     """
    logprobs: bool | None | Unset = UNSET
    """ Log probabilities are not offered: `false` (or null, both the default) is accepted, `true` is
    refused with a 400 naming `logprobs`. Answers carry `logprobs: null`.
     """
    n: int | Unset = 1
    """ How many choices to generate. """
    stop: list[str] | str | Unset = UNSET
    """ Up to 4 sequences where the model stops generating. """
    presence_penalty: float | Unset = 0.0
    frequency_penalty: float | Unset = 0.0
    seed: int | Unset = UNSET
    response_format: ChatResponseFormatJsonObject | ChatResponseFormatJsonSchema | ChatResponseFormatText | Unset = (
        UNSET
    )
    """ The form of the answer's content: `text`; `json_object` (one JSON object); or `json_schema`
    (JSON that validates against the given schema). The built-in models answer a `json_schema`
    request with a value built from the schema alone (deterministic: the same schema gives the same
    value), then `max_tokens` and `stop` apply as to any answer. Tool calls are not reshaped.
     """
    stream: bool | Unset = False
    """ Answer as a `text/event-stream` of chunks instead of one JSON object. """
    stream_options: ChatStreamOptions | Unset = UNSET
    """ Options of a streamed completion. """
    tools: list[ChatTool] | Unset = UNSET
    tool_choice: ChatNamedToolChoice | ChatToolChoiceMode | Unset = UNSET
    """ `none`, `auto` (the default when tools are given), `required`, or one named function. """
    parallel_tool_calls: bool | Unset = True
    user: str | Unset = UNSET
    """ The end user this conversation belongs to; its session is recorded under this id. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    session_id: str | Unset = UNSET
    """ Continue (or start, on first use) the session with this id. """
    system_prompt: str | Unset = UNSET
    """ A system prompt placed before `messages`. """
    organization_id: str | Unset = UNSET
    """ The organisation the session is recorded under. """
    workflow: str | Unset = UNSET
    """ The name of a server-side workflow to run the completion in. """
    variables: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    allowed_tools: list[str] | Unset = UNSET
    """ Names of the server-side tools the model may use. """
    setting_sources: list[str] | Unset = UNSET
    """ Where the agent loads its settings from (e.g. `user`, `project`). """
    mcp_servers: McpServers | Unset = UNSET
    """ MCP servers the agent may use, by name; each value is that server's configuration. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
        from ..models.chat_developer_message import ChatDeveloperMessage  # noqa: PLC0415
        from ..models.chat_response_format_json_object import (
            ChatResponseFormatJsonObject,  # noqa: PLC0415
        )
        from ..models.chat_response_format_text import ChatResponseFormatText  # noqa: PLC0415
        from ..models.chat_system_message import ChatSystemMessage  # noqa: PLC0415
        from ..models.chat_user_message import ChatUserMessage  # noqa: PLC0415

        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatAssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        temperature = self.temperature

        top_p = self.top_p

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        n = self.n

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        seed = self.seed

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ChatResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        user = self.user

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        session_id = self.session_id

        system_prompt = self.system_prompt

        organization_id = self.organization_id

        workflow = self.workflow

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        setting_sources: list[str] | Unset = UNSET
        if not isinstance(self.setting_sources, Unset):
            setting_sources = self.setting_sources

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if n is not UNSET:
            field_dict["n"] = n
        if stop is not UNSET:
            field_dict["stop"] = stop
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if variables is not UNSET:
            field_dict["variables"] = variables
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if setting_sources is not UNSET:
            field_dict["setting_sources"] = setting_sources
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
        from ..models.chat_developer_message import ChatDeveloperMessage  # noqa: PLC0415
        from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: PLC0415
        from ..models.chat_response_format_json_object import (
            ChatResponseFormatJsonObject,  # noqa: PLC0415
        )
        from ..models.chat_response_format_json_schema import (
            ChatResponseFormatJsonSchema,  # noqa: PLC0415
        )
        from ..models.chat_response_format_text import ChatResponseFormatText  # noqa: PLC0415
        from ..models.chat_stream_options import ChatStreamOptions  # noqa: PLC0415
        from ..models.chat_system_message import ChatSystemMessage  # noqa: PLC0415
        from ..models.chat_tool import ChatTool  # noqa: PLC0415
        from ..models.chat_tool_message import ChatToolMessage  # noqa: PLC0415
        from ..models.chat_user_message import ChatUserMessage  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.mcp_servers import McpServers  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = ChatSystemMessage.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = ChatDeveloperMessage.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = ChatUserMessage.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = ChatAssistantMessage.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ChatToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        n = d.pop("n", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_response_format(
            data: object,
        ) -> ChatResponseFormatJsonObject | ChatResponseFormatJsonSchema | ChatResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = ChatResponseFormatText.from_dict(data)

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = ChatResponseFormatJsonObject.from_dict(data)

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_2 = ChatResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_chat_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatStreamOptions.from_dict(_stream_options)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> ChatNamedToolChoice | ChatToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_chat_tool_choice_mode(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_1 = ChatNamedToolChoice.from_dict(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        user = d.pop("user", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        session_id = d.pop("session_id", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        workflow = d.pop("workflow", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: JsonObject | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = JsonObject.from_dict(_variables)

        allowed_tools = cast(list[str], d.pop("allowed_tools", UNSET))

        setting_sources = cast(list[str], d.pop("setting_sources", UNSET))

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: McpServers | Unset
        if isinstance(_mcp_servers, Unset):
            mcp_servers = UNSET
        else:
            mcp_servers = McpServers.from_dict(_mcp_servers)

        chat_completion_request = cls(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            logprobs=logprobs,
            n=n,
            stop=stop,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            seed=seed,
            response_format=response_format,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            user=user,
            metadata=metadata,
            session_id=session_id,
            system_prompt=system_prompt,
            organization_id=organization_id,
            workflow=workflow,
            variables=variables,
            allowed_tools=allowed_tools,
            setting_sources=setting_sources,
            mcp_servers=mcp_servers,
        )

        return chat_completion_request
